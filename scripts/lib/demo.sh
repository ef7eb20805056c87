# shellcheck shell=bash disable=SC2034  # the variables are used by the scripts that source this file
# What scripts/demo.sh (embedded) and scripts/demo-distributed.sh share. Sourced, never executed.
# Sourcing it installs the EXIT trap that stops what the demo started.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT" || exit 1
# The ports of the services (CP_PG_PORT and friends: set, remembered in .local/ports.env, or the defaults).
# shellcheck source=scripts/infra/lib.sh
source "$ROOT/scripts/infra/lib.sh"

DEMO="$ROOT/.local/demo"
BIN=bin/Release/net10.0
CLI=(dotnet "$ROOT/src/CardProcessor.Cli/$BIN/cardprocessor.dll")
TENANT="11111111-1111-1111-1111-111111111111"
# The development issuer's signing key and address, shared by both demos: tokens survive restarts, and
# `cardprocessor token` finds the running issuer without --issuer.
IDENTITY="$ROOT/.local/dev-identity"
API_URL="${CP_DEMO_API_URL:-http://127.0.0.1:5080}"
ISSUER_URL="${CP_DEMO_ISSUER_URL:-http://127.0.0.1:5180}"
WEB_URL="${CP_DEMO_WEB_URL:-http://127.0.0.1:5070}"
PIDS=()
declare -A PID_LOGS=()
STARTED_SERVICES=()

say() { printf '[demo] %s\n' "$*" >&2; }

# Sets STATEMENT and RECEIPTS from the arguments (default: the bundled samples), as absolute paths.
demo_inputs() {
  STATEMENT="${1:-samples/car-2001-001.pdf}"
  RECEIPTS="${2:-samples/receipt-images-2001-001.pdf}"
  local file
  for file in "$STATEMENT" "$RECEIPTS"; do
    [[ -f $file ]] || { say "$file does not exist"; exit 2; }
  done
  STATEMENT="$(realpath "$STATEMENT")"
  RECEIPTS="$(realpath "$RECEIPTS")"
}

demo_cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if ((${#STARTED_SERVICES[@]} > 0)); then
    "$ROOT/scripts/infra/stop.sh" "${STARTED_SERVICES[@]}" >/dev/null 2>&1 || true
  fi
}
trap demo_cleanup EXIT
trap 'exit 130' INT TERM

wait_for() { # url what log
  local attempt
  for attempt in $(seq 1 120); do
    curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
    sleep 0.5
  done
  say "$2 did not start after $attempt attempts; the end of $3:"
  tail -n 40 "$3" >&2
  exit 1
}

# Installs what is missing and starts the named services (postgres, rabbitmq, azurite); those that were
# not running before are stopped again on exit. Exports the CP_TEST_* variables of .local/infra.env.
demo_services() {
  export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
  command -v dotnet >/dev/null || { say "the .NET SDK is required (dotnet on PATH)"; exit 1; }
  say "installing what is missing"
  "$ROOT/scripts/infra/install.sh" >/dev/null
  local service
  for service in "$@"; do
    "$ROOT/scripts/infra/status.sh" "$service" >/dev/null 2>&1 || STARTED_SERVICES+=("$service")
  done
  "$ROOT/scripts/infra/start.sh" "$@" >/dev/null
  # shellcheck disable=SC1091
  source "$ROOT/.local/infra.env"
}

# Builds the named projects under src/ in Release, quietly; shows the end of the log on failure. One build
# of a solution filter: a warm build of four projects takes a third of the time of four builds. Without the
# commit in the assemblies' informational version (the SDK's default since .NET 8), a commit alone does not
# make every project compile again: a warm build stays warm.
demo_build() {
  say "building"
  local project filter="$ROOT/.local/demo.slnf" separator=""
  mkdir -p "$ROOT/.local"
  {
    printf '{ "solution": { "path": "%s", "projects": [' "$ROOT/CardProcessor.sln"
    for project in "$@"; do
      printf '%s "src/%s/%s.csproj"' "$separator" "$project" "$project"
      separator=,
    done
    printf ' ] } }\n'
  } >"$filter"
  dotnet build "$filter" -c Release -v quiet -nologo -p:IncludeSourceRevisionInInformationalVersion=false \
    >"$DEMO.build.log" 2>&1 ||
    { tail -n 30 "$DEMO.build.log" >&2; exit 1; }
}

# Creates the database if it is missing, exports ConnectionStrings__Postgres for it, and migrates it.
demo_database() {
  local name=$1 psql=(psql -h 127.0.0.1 -p "$CP_PG_PORT" -U "$CP_DB_USER" -d postgres)
  export ConnectionStrings__Postgres="${CP_TEST_POSTGRES/Database=$CP_DB_NAME/Database=$name}"
  PGPASSWORD="$CP_DB_PASSWORD" "${psql[@]}" -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'" |
    grep -x 1 >/dev/null ||
    PGPASSWORD="$CP_DB_PASSWORD" "${psql[@]}" -qc "CREATE DATABASE $name"
  say "migrating the database"
  "${CLI[@]}" migrate >/dev/null
}

# Refuses an address whose port is taken: the health check would otherwise pass against whatever holds it.
require_free_url() { # url variable
  local port=${1##*:}
  port=${port%%/*}
  if port_open "$port"; then
    say "port $port of $1 is taken by another process; stop it or set $2"
    exit 1
  fi
}

# Starts one of the projects' build output in the background, logging to .local/demo/<log>:
#   demo_start PROJECT LOG [NAME=VALUE...] -- [ARGUMENTS...]
demo_start() {
  local project=$1 log=$2 variables=()
  shift 2
  while (($# > 0)) && [[ $1 != -- ]]; do
    variables+=("$1")
    shift
  done
  shift
  (cd "$ROOT/src/$project/$BIN" && exec env "${variables[@]}" dotnet "$project.dll" "$@") >"$DEMO/$log" 2>&1 &
  PIDS+=($!)
  PID_LOGS[$!]="$project ($DEMO/$log)"
}

demo_issuer() {
  say "starting the local token issuer on $ISSUER_URL"
  demo_start CardProcessor.DevIdentity identity.log \
    ASPNETCORE_ENVIRONMENT=Development \
    DevIdentity__KeyFile="$IDENTITY/key.json" \
    DevIdentity__AddressFile="$IDENTITY/address" \
    -- --urls "$ISSUER_URL"
  wait_for "$ISSUER_URL/$TENANT/v2.0/.well-known/openid-configuration" "the token issuer" "$DEMO/identity.log"
}

# The API's Entra ID settings for the local issuer (the names charts/cardprocessor/templates/configmap.yaml uses).
demo_identity_settings() {
  IDENTITY_SETTINGS=(
    AzureAd__Instance="$ISSUER_URL/"
    AzureAd__TenantId="$TENANT"
    AzureAd__ClientId=cardprocessor-api
    AzureAd__Audience=api://cardprocessor
  )
}

# Starts the web app against the API and the local issuer (its sign-in page picks the user and role).
demo_web() {
  say "starting the web app on $WEB_URL"
  demo_start CardProcessor.Web web.log \
    ASPNETCORE_ENVIRONMENT=Development \
    AzureAd__Instance="$ISSUER_URL/" \
    AzureAd__TenantId="$TENANT" \
    AzureAd__ClientId=cardprocessor-web \
    AzureAd__ClientSecret=local-development \
    Api__BaseAddress="$API_URL" \
    Api__Scopes__0=api://cardprocessor/access_as_user \
    -- --urls "$WEB_URL"
  wait_for "$WEB_URL/health/live" "the web app" "$DEMO/web.log"
  WEB_STARTED=true
}

# Prints how to use what runs and the lines given (logs, other services), then serves until Ctrl-C or
# until one of the started processes exits.
demo_serve() {
  local token line pid
  token="$("${CLI[@]}" token --role Admin --issuer "$ISSUER_URL")"
  if [[ ${WEB_STARTED:-false} == true ]]; then
    printf '\nThe web app is at %s (sign in as any user name and role).\n' "$WEB_URL"
  fi
  cat <<MSG

The API is serving at $API_URL (reference: $API_URL/scalar/v1, OpenAPI: $API_URL/openapi/v1.json).
An Admin token for the next 8 hours (or: dotnet run --project src/CardProcessor.Cli -- token --role Reviewer):

export TOKEN=$token
curl -s -H "Authorization: Bearer \$TOKEN" $API_URL/api/v1/sessions

MSG
  for line in "$@"; do printf '%s\n' "$line"; done
  wait -n "${PIDS[@]}" || true
  for pid in "${PIDS[@]}"; do
    alive "$pid" || say "${PID_LOGS[$pid]} has exited; stopping the others"
  done
  exit 1
}
