#!/usr/bin/env bash
# rabbitmqctl against the project's node (its own cookie, epmd port and node name):
#   scripts/infra/rabbitmqctl.sh status
#   scripts/infra/rabbitmqctl.sh list_vhosts
set -euo pipefail

# shellcheck source=scripts/infra/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

base="$(service_dir rabbitmq rabbitmq nocreate)"
[[ -d $base/home ]] || die "rabbitmq: no node under $base; run scripts/infra/start.sh rabbitmq"
rabbit_ctl "$base" "$@"
