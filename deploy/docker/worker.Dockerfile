# syntax=docker/dockerfile:1
# CardProcessor worker: MassTransit consumers; serves only /health/* and /metrics, on 8081. Build from the repository root:
#   docker build -f deploy/docker/worker.Dockerfile -t cardprocessor/worker:dev .

# global.json pins the SDK feature band (rollForward latestFeature): the sdk:10.0 image must carry that band or a later one.
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG TARGETARCH
ARG CONFIGURATION=Release
WORKDIR /source

COPY --link global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY --link src/ src/

# ReadyToRun: the engine and PdfPig are published precompiled, so that a new pod's first document
# is not spent JIT-compiling them (docs/performance.md, "Cold start"). The restore fetches the
# crossgen compiler for it. Tiered PGO stays on: the worker is long-lived, and its steady state
# is faster with it.
RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \
    dotnet restore src/CardProcessor.Worker/CardProcessor.Worker.csproj -a $TARGETARCH -p:PublishReadyToRun=true

RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \
    dotnet publish src/CardProcessor.Worker/CardProcessor.Worker.csproj -a $TARGETARCH --no-restore \
      -c $CONFIGURATION -p:UseAppHost=false -p:PublishReadyToRun=true -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app
COPY --link --from=build /app .
# appsettings.json binds Urls to :8081; an empty ASPNETCORE_HTTP_PORTS (the image sets 8080) avoids
# Kestrel's "overriding HTTP_PORTS" warning. The chart sets Urls from worker.port.
# PDFs are copied to /tmp while read (an emptyDir in Kubernetes; the root filesystem is read-only).
ENV ASPNETCORE_HTTP_PORTS= \
    DOTNET_NOLOGO=1
EXPOSE 8081
USER 1654
ENTRYPOINT ["dotnet", "CardProcessor.Worker.dll"]
