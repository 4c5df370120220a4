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

# CPU ticks used by process PID and its reaped children (divide by `getconf CLK_TCK` for seconds).
cpu_ticks() { awk '{ print $14 + $15 + $16 + $17 }' "/proc/$1/stat"; }

# Runs a command as the postgres user when the bench runs as root (initdb and pg_ctl refuse root).
as_pg() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# start_published_site PORT [NAME=VALUE...]: starts the site published in $site_dir (Production, the embedded miner
# off, the settings given, the log appended to $work/site.log; $launcher, when set, prefixes the command, e.g.
# dotnet-trace) and waits until /chapitres/$first_chapter answers 200. Sets site_pid, and started_ms and
# started_cpu_ms from launch to that answer: the whole cold start (runtime, host, content, migrations, first render).
# On a machine shared with others the wall clock also counts the wait for a core: the CPU time does not.
start_published_site() {
  local port="$1"; shift
  local started; started=$(now_ms)
  (cd "$site_dir" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
    DockerCoins__EmbeddedMiner=false "$@" ${launcher:-} dotnet Course.Web.dll >>"$work/site.log" 2>&1) &
  site_pid=$!
  for _ in $(seq 1 6000); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port/chapitres/$first_chapter")" = 200 ]; then
      started_ms=$(( $(now_ms) - started ))
      started_cpu_ms=$(( $(cpu_ticks "$site_pid") * 1000 / $(getconf CLK_TCK) ))
      return 0
    fi
    kill -0 "$site_pid" 2>/dev/null || { echo "the site exited:" >&2; tail -20 "$work/site.log" >&2; exit 1; }
    sleep 0.01
  done
  echo "the site did not serve /chapitres/$first_chapter within 60 s" >&2; exit 1
}

# Sets PG_BIN to the newest Debian PostgreSQL's binaries, or stops the bench with how to install them.
find_postgres() {
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [[ -x "$PG_BIN/initdb" ]] || { echo "missing PostgreSQL: apt-get install postgresql" >&2; exit 1; }
}

# start_throwaway_postgres DIR [SERVER_OPTION...]: a new cluster in DIR (user bench, trust authentication), started on
# a free loopback port with its socket in DIR, default durability (fsync on) as a real deployment runs it. Sets pg_port
# and pg_started=1; stop it with `as_pg "$PG_BIN/pg_ctl" stop -w -m immediate -D DIR`.
start_throwaway_postgres() {
  local dir="$1"; shift
  pg_port="$(free_port)"
  mkdir -p "$dir"
  if [[ $(id -u) == 0 ]]; then chown -R postgres:postgres "$dir"; fi
  as_pg "$PG_BIN/initdb" -D "$dir" -U bench --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  as_pg "$PG_BIN/pg_ctl" start -w -D "$dir" -l "$dir/log" \
    -o "-p $pg_port -k $dir -c listen_addresses=127.0.0.1 $*" >/dev/null
  pg_started=1
}
