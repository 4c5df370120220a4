# The course site: published with the .NET 10 SDK, run on the ASP.NET Core runtime image as the non-root `app` user.
# Build: docker build -t course-web .   (on the machines here, where no Docker engine runs: deploy/build-image.sh)

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Restore first, from the project files alone, so that editing a page does not download packages again.
# global.json is left out on purpose: it pins this repository's machines, and the image brings its own SDK.
COPY Directory.Build.props Directory.Packages.props .editorconfig ./
COPY Course.Content/Course.Content.csproj Course.Content/
COPY Course.Web/Course.Web.csproj Course.Web/
# PublishReadyToRun is named here too: `restore -r` alone does not fetch the ReadyToRun compiler pack (NETSDK1094).
RUN dotnet restore Course.Web/Course.Web.csproj -r linux-x64 -p:PublishReadyToRun=true

COPY Course.Content/ Course.Content/
COPY Course.Web/ Course.Web/
# For one runtime, so the project publishes ReadyToRun code (faster start-up); the runtime comes from the base image.
RUN dotnet publish Course.Web/Course.Web.csproj -c Release -r linux-x64 --self-contained false --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .

# SQLite (the default database) lives in /data: the only writable place, so the root filesystem can be read-only.
# With PostgreSQL (Database__Provider=Postgres) nothing is written there.
RUN mkdir -p /data && chown 1654:1654 /data
ENV Database__DataDirectory=/data
VOLUME /data

# The runtime image defines the `app` user, uid 1654; a numeric USER lets Kubernetes check runAsNonRoot.
USER 1654
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
ENTRYPOINT ["dotnet", "Course.Web.dll"]
