#!/usr/bin/env bash
# The main job on one machine, with embedded defaults:
#   scripts/demo.sh [STATEMENT.pdf RECEIPTS.pdf]
# Installs what is missing, starts a private PostgreSQL (under .local/), migrates it, starts the local
# token issuer and the API with the in-memory bus (the API hosts the worker's consumers) and a
# local-folder blob store, processes the given pair (or the bundled samples), prints a summary, the
# API's URL and a token, and keeps serving until Ctrl-C.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
STATEMENT="${1:-samples/car-2001-001.pdf}"
RECEIPTS="${2:-samples/receipt-images-2001-001.pdf}"
DEMO="$ROOT/.local/demo"
API_URL="${CP_DEMO_API_URL:-http://127.0.0.1:5080}"
ISSUER_URL="${CP_DEMO_ISSUER_URL:-http://127.0.0.1:5180}"
TENANT="11111111-1111-1111-1111-111111111111"
PIDS=()

say() { printf '[demo] %s\n' "$*" >&2; }

for file in "$STATEMENT" "$RECEIPTS"; do
  [[ -f $file ]] || { say "$file does not exist"; exit 2; }
done
STATEMENT="$(realpath "$STATEMENT")"
RECEIPTS="$(realpath "$RECEIPTS")"

cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [[ ${STARTED_POSTGRES:-false} == true ]]; then
    "$ROOT/scripts/infra/stop.sh" postgres >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_for() { # url what log
  local i
  for i in $(seq 1 120); do
    curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
    sleep 0.5
  done
  say "$2 did not start; the end of $3:"
  tail -n 40 "$3" >&2
  exit 1
}

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
command -v dotnet >/dev/null || { say "the .NET SDK is required (dotnet on PATH)"; exit 1; }

say "installing what is missing"
"$ROOT/scripts/infra/install.sh" >/dev/null
if "$ROOT/scripts/infra/status.sh" 2>/dev/null | grep -q "postgres.*running"; then
  STARTED_POSTGRES=false
else
  STARTED_POSTGRES=true
fi
"$ROOT/scripts/infra/start.sh" postgres >/dev/null
# shellcheck disable=SC1091
source "$ROOT/.local/infra.env"

say "building"
dotnet build -c Release -v quiet -nologo "$ROOT/src/CardProcessor.Api" >"$DEMO.build.log" 2>&1 || { tail -n 30 "$DEMO.build.log" >&2; exit 1; }
dotnet build -c Release -v quiet -nologo "$ROOT/src/CardProcessor.Cli" >>"$DEMO.build.log" 2>&1 || { tail -n 30 "$DEMO.build.log" >&2; exit 1; }
dotnet build -c Release -v quiet -nologo "$ROOT/src/CardProcessor.DevIdentity" >>"$DEMO.build.log" 2>&1 || { tail -n 30 "$DEMO.build.log" >&2; exit 1; }
BIN=bin/Release/net10.0
CLI=(dotnet "$ROOT/src/CardProcessor.Cli/$BIN/cardprocessor.dll")

mkdir -p "$DEMO"
export ConnectionStrings__Postgres="${CP_TEST_POSTGRES/Database=cardprocessor/Database=cardprocessor_demo}"
PGPASSWORD=cardprocessor psql -h 127.0.0.1 -p "${CP_PG_PORT:-55432}" -U cardprocessor -d postgres -tAc \
  "SELECT 1 FROM pg_database WHERE datname = 'cardprocessor_demo'" | grep -q 1 ||
  PGPASSWORD=cardprocessor psql -h 127.0.0.1 -p "${CP_PG_PORT:-55432}" -U cardprocessor -d postgres -qc "CREATE DATABASE cardprocessor_demo"
say "migrating the database"
"${CLI[@]}" migrate >/dev/null

say "starting the local token issuer on $ISSUER_URL"
(cd "$ROOT/src/CardProcessor.DevIdentity/$BIN" && ASPNETCORE_ENVIRONMENT=Development DevIdentity__KeyFile="$DEMO/dev-identity-key.json" \
  exec dotnet CardProcessor.DevIdentity.dll --urls "$ISSUER_URL") >"$DEMO/identity.log" 2>&1 &
PIDS+=($!)
wait_for "$ISSUER_URL/$TENANT/v2.0/.well-known/openid-configuration" "the token issuer" "$DEMO/identity.log"

say "starting the API on $API_URL (in-memory bus, local-folder blobs)"
(cd "$ROOT/src/CardProcessor.Api/$BIN" && exec env \
  ASPNETCORE_ENVIRONMENT=Development \
  Messaging__Transport=InMemory \
  Storage__Provider=LocalFolder \
  Storage__LocalPath="$DEMO/blobs" \
  AzureAd__Instance="$ISSUER_URL/" \
  AzureAd__TenantId="$TENANT" \
  AzureAd__ClientId=cardprocessor-api \
  AzureAd__Audience=api://cardprocessor \
  dotnet CardProcessor.Api.dll --urls "$API_URL") >"$DEMO/api.log" 2>&1 &
PIDS+=($!)
wait_for "$API_URL/health/ready" "the API" "$DEMO/api.log"

say "processing $(basename "$STATEMENT") and $(basename "$RECEIPTS")"
"${CLI[@]}" run "$STATEMENT" "$RECEIPTS" --api "$API_URL" --issuer "$ISSUER_URL" || say "processing did not complete; see $DEMO/api.log"

TOKEN="$("${CLI[@]}" token --role Admin --issuer "$ISSUER_URL")"
cat <<MSG

The API is serving at $API_URL (reference: $API_URL/scalar/v1, OpenAPI: $API_URL/openapi/v1.json).
An Admin token for the next 8 hours (or: dotnet run --project src/CardProcessor.Cli -- token --role Reviewer):

export TOKEN=$TOKEN
curl -s -H "Authorization: Bearer \$TOKEN" $API_URL/api/v1/sessions

Logs: $DEMO/api.log. Press Ctrl-C to stop.
MSG
wait "${PIDS[@]}"
