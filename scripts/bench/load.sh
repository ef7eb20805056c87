#!/usr/bin/env bash
# Month-end load bench (issue 12 §5). Not a test: it prints figures, see docs/performance.md "## Load".
#   scripts/bench/load.sh [--duration 60] [--rate 200] [--connections 200] [--users 100]
#                         [--sessions 500] [--per-session 2000] [--only open|closed|users]
# Seeds the bench database cp_loadbench (or reuses it: drop it to reseed), starts the token issuer and the
# API (Release, in-memory bus hosting the worker's consumers, local-folder blobs) against it, then runs
# autocannon (tools/load, npm ci) (a) open loop, (b) closed loop per route, and (c) --users simulated users
# each creating a session, uploading the fixture pair and processing it to Review with the CLI.
# Uses the PostgreSQL of $CP_INFRA_ENV (default .local/infra.env).
set -euo pipefail

DURATION=60 RATE=200 CONNECTIONS=200 USERS=100 SESSIONS=500 PER_SESSION=2000 ONLY=""
while (($# > 0)); do
  case $1 in
    --duration) DURATION=$2 ;; --rate) RATE=$2 ;; --connections) CONNECTIONS=$2 ;; --users) USERS=$2 ;;
    --sessions) SESSIONS=$2 ;; --per-session) PER_SESSION=$2 ;; --only) ONLY=$2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift 2
done

# shellcheck source=scripts/lib/demo.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/demo.sh"
DEMO="$ROOT/.local/load"
API_URL="${CP_LOAD_API_URL:-http://127.0.0.1:5380}"
ISSUER_URL="${CP_LOAD_ISSUER_URL:-http://127.0.0.1:5381}"
# shellcheck source=/dev/null
source "${CP_INFRA_ENV:-$ROOT/.local/infra.env}"
export ConnectionStrings__Postgres="${CP_TEST_POSTGRES/Database=$CP_DB_NAME/Database=cp_loadbench}"
require_free_url "$API_URL" CP_LOAD_API_URL
require_free_url "$ISSUER_URL" CP_LOAD_ISSUER_URL
mkdir -p "$DEMO"

demo_build CardProcessor.Api CardProcessor.Cli CardProcessor.DevIdentity
dotnet build tests/CardProcessor.LoadBench -c Release -v quiet -nologo >"$DEMO/bench-build.log" 2>&1 ||
  { tail -n 30 "$DEMO/bench-build.log" >&2; exit 1; }
(cd tools/load && npm ci --no-audit --no-fund --silent)

say "seeding (or reusing) cp_loadbench: $SESSIONS sessions x $PER_SESSION transactions"
dotnet "tests/CardProcessor.LoadBench/$BIN/CardProcessor.LoadBench.dll" "$ConnectionStrings__Postgres" \
  "$SESSIONS" "$PER_SESSION"

demo_issuer
demo_identity_settings
say "starting the API on $API_URL"
# Development: the local issuer is plain http. The bench is many users behind one token: the per-user
# rate limit would turn its load into 429s.
demo_start CardProcessor.Api api.log \
  ASPNETCORE_ENVIRONMENT=Development \
  Messaging__Transport=InMemory \
  Storage__Provider=LocalFolder \
  Storage__LocalPath="$DEMO/blobs" \
  Security__PermitsPerUser=1000000 \
  Logging__LogLevel__Default=Warning \
  "${IDENTITY_SETTINGS[@]}" \
  -- --urls "$API_URL"
wait_for "$API_URL/health/ready" "the API" "$DEMO/api.log"
TOKEN="$("${CLI[@]}" token --role Admin --issuer "$ISSUER_URL")"

# Routes over 50 seeded sessions (the newest), a different session per request.
mapfile -t IDS < <(psql "$(printf '%s' "$ConnectionStrings__Postgres" | tr ';' ' ' | sed 's/Username=/user=/;
  s/Password=/password=/; s/Host=/host=/; s/Port=/port=/; s/Database=/dbname=/')" -tAc \
  "SELECT id FROM processing_sessions WHERE created_by = 'load-bench' ORDER BY id DESC LIMIT 50")
ROUTES="$DEMO/routes.json"
{
  printf '['
  printf '{"name":"list","paths":["/api/v1/sessions?page=1&pageSize=50"]},'
  printf '{"name":"trends","paths":["/api/v1/analytics/trends?groupBy=employee","/api/v1/analytics/trends?groupBy=category","/api/v1/analytics/trends?groupBy=merchantGroup"]},'
  for route in detail transactions issues summary; do
    printf '{"name":"%s","paths":[' "$route"
    separator=""
    for id in "${IDS[@]}"; do
      case $route in
        detail) path="/api/v1/sessions/$id" ;;
        transactions) path="/api/v1/sessions/$id/transactions?page=3&pageSize=100" ;;
        issues) path="/api/v1/sessions/$id/issues?page=1&pageSize=100" ;;
        summary) path="/api/v1/reports/summary?session=$id" ;;
      esac
      printf '%s"%s"' "$separator" "$path"
      separator=,
    done
    printf ']}'
    [[ $route == summary ]] || printf ','
  done
  printf ']\n'
} >"$ROUTES"

echo
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; API Release; $SESSIONS x $PER_SESSION seeded"
if [[ -z $ONLY || $ONLY == open ]]; then
  node tools/load/run.mjs open "$API_URL" "$TOKEN" "$ROUTES" "$RATE" "$DURATION"
fi
if [[ -z $ONLY || $ONLY == closed ]]; then
  node tools/load/run.mjs closed "$API_URL" "$TOKEN" "$ROUTES" "$CONNECTIONS" "$DURATION"
fi
if [[ -z $ONLY || $ONLY == users ]]; then
  "$ROOT/scripts/bench/users.sh" "$USERS" "$API_URL" "$ISSUER_URL" "$DEMO/users"
fi
