#!/usr/bin/env bash
# Stops the test infrastructure of this checkout:
#   stop.sh [postgres] [rabbitmq] [azurite]   (default: all three)
# Never fails because a service is not running; data under .local/ is kept.
set -euo pipefail

# shellcheck source=scripts/infra/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

stop_postgres() {
  local base data bin
  base="$(service_dir pg postgres nocreate)"
  data="$base/data"
  if ! postgres_running; then
    log "postgres: not running"
    return
  fi
  bin="$(pg_bin_dir)"
  log "postgres: stopping"
  # Fast mode disconnects clients (a test run may leave some) instead of waiting for them.
  as_user postgres "$bin/pg_ctl" stop -D "$data" -m fast -w -t 30 -s ||
    warn "postgres: pg_ctl stop failed; see $base/postgres.log"
}

stop_rabbitmq() {
  local base pid pids
  base="$(service_dir rabbitmq rabbitmq nocreate)"
  pids="$(read_pid "$base/rabbitmq.pid" || true)"
  # A node that died before writing its pid file is found by its environment.
  pids+=" $(pids_with "RABBITMQ_MNESIA_BASE=$base/mnesia" | tr '\n' ' ')"
  local found=false
  for pid in $(tr ' ' '\n' <<<"$pids" | sort -u); do
    # Only the Erlang VM itself; its launcher shells exit with it.
    if ! pid_matches "$pid" beam; then
      continue
    fi
    found=true
    log "rabbitmq: stopping (pid $pid)"
    # RabbitMQ shuts down cleanly on SIGTERM, without the second or two a rabbitmqctl call costs.
    kill -TERM "$pid" 2>/dev/null || true
    wait_gone "$pid" 30
  done
  [[ $found == true ]] || log "rabbitmq: not running"
  rm -f "$base/rabbitmq.pid"
  # epmd outlives the node; stop it unless another node still uses it.
  if port_open "$CP_EPMD_PORT" && ! epmd -port "$CP_EPMD_PORT" -names 2>/dev/null | grep '^name ' >/dev/null; then
    epmd -port "$CP_EPMD_PORT" -kill >/dev/null 2>&1 || warn "rabbitmq: could not stop epmd on port $CP_EPMD_PORT"
  fi
}

# How often Azurite has logged a completed shutdown.
azurite_closed_count() {
  local count
  count="$(grep -c 'successfully closed' "$CP_AZURITE_DIR/azurite.log" 2>/dev/null || true)"
  printf '%s\n' "${count:-0}"
}

stop_azurite() {
  local pidfile="$CP_AZURITE_DIR/azurite.pid" pid
  pid="$(read_pid "$pidfile" || true)"
  if pid_matches "$pid" azurite-blob; then
    log "azurite: stopping (pid $pid)"
    local before i
    before="$(azurite_closed_count)"
    kill -TERM "$pid" 2>/dev/null || true
    # Azurite saves its metadata and says so within a second, but its process then lingers
    # for ten seconds or more; once the data is saved it may be killed.
    for ((i = 0; i < 100; i++)); do
      alive "$pid" || break
      if (($(azurite_closed_count) > before)); then
        kill -KILL "$pid" 2>/dev/null || true
        break
      fi
      sleep 0.1
    done
    wait_gone "$pid" 5
  else
    log "azurite: not running"
  fi
  rm -f "$pidfile"
}

main() {
  parse_services "$@"
  local service pids=()
  # In parallel: RabbitMQ 3.10 alone takes about six seconds (a five-second wait in its
  # management agent's shutdown, removed in 3.13).
  for service in "${SERVICES[@]}"; do
    { "stop_$service" || warn "$service: stop failed"; } &
    pids+=($!)
  done
  wait "${pids[@]}" || true
}

main "$@"
