#!/usr/bin/env bash
# The environment the tests read, for the ports in use (CP_PG_PORT and friends, else .local/ports.env).
# The tests also read .local/infra.env themselves; this is for shells and other tools.
#   source scripts/infra/env.sh          exports the variables into this shell
#   eval "$(scripts/infra/env.sh)"       the same, from any shell
#   scripts/infra/env.sh                 prints the export lines

if [[ ${BASH_SOURCE[0]} != "$0" ]]; then
  # Sourced: no `set -e` here, it would stay on in the caller's shell.
  # shellcheck source=scripts/infra/lib.sh
  source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" || return 1
  eval "$(env_lines)"
  return 0
fi

set -euo pipefail
# shellcheck source=scripts/infra/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
env_lines
