#!/usr/bin/env bash
# Tells which services of this checkout are running:
#   status.sh [postgres] [rabbitmq] [azurite]   (default: all three)
# Prints "<service> running|stopped" per service; exits 0 when all named ones run, 3 otherwise.
set -euo pipefail

# shellcheck source=scripts/infra/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

parse_services "$@"
status=0
for service in "${SERVICES[@]}"; do
  if "${service}_running"; then
    printf '%s running\n' "$service"
  else
    printf '%s stopped\n' "$service"
    status=3
  fi
done
exit "$status"
