# Helpers shared by the bench scripts. Source it: . "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# A TCP port free on loopback right now (the kernel picks it).
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# Milliseconds since the epoch.
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# The lines every peer nginx.conf's http block starts with: no access log, temporary files under DIR (nginx runs
# unprivileged, away from /var/lib/nginx).
nginx_http_preamble() {
  local dir="$1"
  cat <<CONF
  access_log off;
  client_body_temp_path $dir/body;
  proxy_temp_path $dir/proxy;
  fastcgi_temp_path $dir/fastcgi;
  uwsgi_temp_path $dir/uwsgi;
  scgi_temp_path $dir/scgi;
CONF
}

# An nginx.conf in DIR serving ROOT/<path>.html on PORT: the static-site peer of the chapter pages.
write_static_nginx_conf() {
  local dir="$1" port="$2" root="$3"
  cat >"$dir/nginx.conf" <<CONF
daemon off;
worker_processes auto;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 1024; }
http {
$(nginx_http_preamble "$dir")
  server {
    listen 127.0.0.1:$port;
    root $root;
    default_type "text/html; charset=utf-8";
    location / { try_files \$uri.html =404; }
  }
}
CONF
}
