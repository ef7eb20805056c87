#!/usr/bin/env bash
# The main job on one machine, with embedded defaults:
#   scripts/demo.sh [STATEMENT.pdf RECEIPTS.pdf]
#   scripts/demo.sh --distributed [STATEMENT.pdf RECEIPTS.pdf]    the production shape: see demo-distributed.sh
# Installs what is missing, starts a private PostgreSQL (under .local/), migrates it, starts the local
# token issuer and the API with the in-memory bus (the API hosts the worker's consumers) and a
# local-folder blob store, and the web app, processes the given pair (or the bundled samples), prints the web
# app's URL, a summary, the API's URL and a token, and keeps serving until Ctrl-C.
set -euo pipefail

if [[ ${1:-} == --distributed ]]; then
  shift
  exec "$(dirname "${BASH_SOURCE[0]}")/demo-distributed.sh" "$@"
fi

# shellcheck source=scripts/lib/demo.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/demo.sh"
demo_inputs "$@"
require_free_url "$ISSUER_URL" CP_DEMO_ISSUER_URL
require_free_url "$API_URL" CP_DEMO_API_URL
require_free_url "$WEB_URL" CP_DEMO_WEB_URL

demo_services postgres
demo_build CardProcessor.Api CardProcessor.Cli CardProcessor.DevIdentity CardProcessor.Web
mkdir -p "$DEMO"
demo_database cardprocessor_demo
demo_issuer

say "starting the API on $API_URL (in-memory bus, local-folder blobs)"
demo_identity_settings
demo_start CardProcessor.Api api.log \
  ASPNETCORE_ENVIRONMENT=Development \
  Messaging__Transport=InMemory \
  Storage__Provider=LocalFolder \
  Storage__LocalPath="$DEMO/blobs" \
  "${IDENTITY_SETTINGS[@]}" \
  -- --urls "$API_URL"
wait_for "$API_URL/health/ready" "the API" "$DEMO/api.log"
# The web app starts here, after the API it calls; its address is the first line demo_serve prints.
demo_web

say "processing $(basename "$STATEMENT") and $(basename "$RECEIPTS")"
"${CLI[@]}" run "$STATEMENT" "$RECEIPTS" --api "$API_URL" --issuer "$ISSUER_URL" ||
  say "processing did not complete; see $DEMO/api.log"

demo_serve "Logs: $DEMO/api.log, $DEMO/web.log. Press Ctrl-C to stop."
