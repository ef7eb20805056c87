# syntax=docker/dockerfile:1
# CardProcessor web app. Build from the repository root:
#   docker build -f deploy/docker/web.Dockerfile -t cardprocessor/web:dev .

# The SDK runs on the build machine's platform and cross-publishes for TARGETARCH (amd64, arm64).
# global.json pins the SDK feature band (rollForward latestFeature): the sdk:10.0 image must carry that band or a later one.
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG TARGETARCH
ARG CONFIGURATION=Release
WORKDIR /source

# Central package versions, build settings and the SDK pin first, then the sources (.dockerignore keeps
# tests, docs, bin/obj and .local out of the context).
COPY --link global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY --link src/ src/

RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \
    dotnet restore src/CardProcessor.Web/CardProcessor.Web.csproj -a $TARGETARCH

RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \
    dotnet publish src/CardProcessor.Web/CardProcessor.Web.csproj -a $TARGETARCH --no-restore \
      -c $CONFIGURATION -p:UseAppHost=false -o /app

# The ASP.NET Core runtime image: non-root user app (UID 1654), HTTP on 8080 (ASPNETCORE_HTTP_PORTS).
# The browser libraries (pdf.js, chart.js) are vendored in wwwroot: no npm step.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app
COPY --link --from=build /app .
# Runs with a read-only root filesystem: only /tmp (an emptyDir in Kubernetes) is written, for upload
# buffering and the diagnostics socket.
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_NOLOGO=1
EXPOSE 8080
# Numeric, so that Kubernetes can verify runAsNonRoot from the image alone.
USER 1654
ENTRYPOINT ["dotnet", "CardProcessor.Web.dll"]
