#!/usr/bin/env bash
# The production shape on one machine (also: scripts/demo.sh --distributed):
#   scripts/demo-distributed.sh [STATEMENT.pdf RECEIPTS.pdf]
# Starts PostgreSQL, RabbitMQ and Azurite (scripts/infra/), migrates, and runs the local token issuer,
# the API and the worker as separate processes configured as Kubernetes runs them (the variables of
# charts/cardprocessor/templates/configmap.yaml): the API publishes to RabbitMQ through its outbox, the
# worker consumes and extracts, both store documents in Azurite's blob storage. Processes the given pair
# (or the bundled samples), prints the summary, the URLs and a token, and serves until Ctrl-C, then stops
# what it started. Ports: CP_DEMO_API_URL, CP_DEMO_WORKER_URL, CP_DEMO_ISSUER_URL and the CP_*_PORT
# variables of scripts/infra (remembered in .local/ports.env). Any Section__Key variable set in the
# environment (DocumentIntelligence__Endpoint, say) reaches both processes.
set -euo pipefail

# shellcheck source=scripts/lib/demo.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/demo.sh"
demo_inputs "$@"
WORKER_URL="${CP_DEMO_WORKER_URL:-http://127.0.0.1:5081}"
require_free_url "$ISSUER_URL" CP_DEMO_ISSUER_URL
require_free_url "$API_URL" CP_DEMO_API_URL
require_free_url "$WORKER_URL" CP_DEMO_WORKER_URL
CLOCK_START=$EPOCHREALTIME

# Seconds from the first time to the second (default: now), with one decimal.
elapsed() { awk -v from="$1" -v to="${2:-$EPOCHREALTIME}" 'BEGIN { printf "%.1f", to - from }'; }

demo_services postgres rabbitmq azurite
SERVICES_READY=$EPOCHREALTIME
demo_build CardProcessor.Api CardProcessor.Worker CardProcessor.Cli CardProcessor.DevIdentity
BUILT=$EPOCHREALTIME
mkdir -p "$DEMO"
demo_database cardprocessor_distributed
demo_issuer
demo_identity_settings

# What the ConfigMap sets, with the secrets (connection strings) Key Vault would give.
SETTINGS=(
  ASPNETCORE_ENVIRONMENT=Development
  DOTNET_ENVIRONMENT=Development
  ConnectionStrings__Postgres="$ConnectionStrings__Postgres"
  Messaging__Transport=RabbitMq
  Messaging__RabbitMqUri="$CP_TEST_RABBITMQ"
  Storage__Provider=AzureBlob
  Storage__ConnectionString="$CP_TEST_BLOBS"
  Storage__ContainerName=documents
  Extraction__Mode=Auto
)

say "starting the worker on $WORKER_URL (RabbitMQ on port $CP_RABBIT_PORT, Azurite on port $CP_AZURITE_PORT)"
demo_start CardProcessor.Worker worker.log "${SETTINGS[@]}" -- --urls "$WORKER_URL"
say "starting the API on $API_URL"
demo_start CardProcessor.Api api.log "${SETTINGS[@]}" "${IDENTITY_SETTINGS[@]}" -- --urls "$API_URL"
wait_for "$WORKER_URL/health/ready" "the worker" "$DEMO/worker.log"
wait_for "$API_URL/health/ready" "the API" "$DEMO/api.log"
# The web app starts here, after the API it calls; its address then joins the lines demo_serve prints.
PROCESSES_READY=$EPOCHREALTIME

say "processing $(basename "$STATEMENT") and $(basename "$RECEIPTS") through the worker"
# No --issuer: the command finds the running issuer through .local/dev-identity/address.
if "${CLI[@]}" run "$STATEMENT" "$RECEIPTS" --api "$API_URL"; then
  say "$(elapsed "$CLOCK_START") s from the start to Review: services $(elapsed "$CLOCK_START" "$SERVICES_READY") s," \
    "build $(elapsed "$SERVICES_READY" "$BUILT") s, issuer, API and worker $(elapsed "$BUILT" "$PROCESSES_READY") s," \
    "processing $(elapsed "$PROCESSES_READY") s"
else
  say "processing did not complete; see $DEMO/worker.log and $DEMO/api.log"
fi

demo_serve \
  "The worker's health and metrics: $WORKER_URL/health/ready, $WORKER_URL/metrics." \
  "RabbitMQ's management UI: http://127.0.0.1:$CP_RABBIT_MGMT_PORT/ ($CP_RABBIT_USER / $CP_RABBIT_PASSWORD)." \
  "Logs: $DEMO/api.log, $DEMO/worker.log, $DEMO/identity.log. Press Ctrl-C to stop."
