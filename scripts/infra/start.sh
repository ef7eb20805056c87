#!/usr/bin/env bash
# Starts the test infrastructure on 127.0.0.1 with its files under .local/:
#   start.sh [postgres] [rabbitmq] [azurite]   (default: all three)
# A service already running from this checkout is left as it is. Writes .local/infra.env, and the ports
# (CP_PG_PORT and friends, see lib.sh) to .local/ports.env, where the later scripts find them.
set -euo pipefail

# shellcheck source=scripts/infra/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

fail_with_logs() {
  local message=$1 file
  shift
  for file in "$@"; do
    show_log_tail "$file"
  done
  die "$message"
}

require_free_port() {
  local service=$1 port=$2 variable=$3
  if port_open "$port"; then
    die "$service: port $port on 127.0.0.1 is taken by another process; stop it or set $variable"
  fi
}

start_postgres() {
  local bin base data run logfile version
  bin="$(pg_bin_dir)"
  base="$(service_dir pg postgres)"
  data="$base/data"
  run="$base/run"
  logfile="$base/postgres.log"

  if postgres_running; then
    require_remembered_ports postgres
    log "postgres: already running on port $CP_PG_PORT"
  else
    require_free_port postgres "$CP_PG_PORT" CP_PG_PORT
    mkdir -p "$run"
    own_by postgres "$base"
    if [[ -f $data/postmaster.pid ]]; then
      # Left by a killed server, with its socket lock. PostgreSQL would take a not yet reaped
      # (zombie) pid in them for a live server and refuse to start.
      log "postgres: removing the stale lock files of a server that was killed"
      rm -f "$data/postmaster.pid" "$run"/.s.PGSQL.*
    fi
    # A log per start, so that an error shows this start's lines.
    [[ ! -f $logfile ]] || mv -f "$logfile" "$logfile.1"
    if [[ ! -s $data/PG_VERSION ]]; then
      log "postgres: creating a new cluster in $data"
      rm -rf "$data"
      as_user postgres "$bin/initdb" -D "$data" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 --no-sync >"$base/initdb.log" 2>&1 ||
        fail_with_logs "postgres: initdb failed" "$base/initdb.log"
      # A disposable test cluster: durability is traded for speed.
      cat >>"$data/postgresql.conf" <<'EOF'

# CardProcessor test cluster (scripts/infra/start.sh); port, socket and address come from pg_ctl -o.
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 300
EOF
    fi
    version="$(cat "$data/PG_VERSION")"
    [[ $bin == *"/$version/bin" || -n ${CP_PG_BIN:-} ]] ||
      die "postgres: $data was made by PostgreSQL $version but $bin is another version; \
run scripts/infra/stop.sh and delete $base"
    log "postgres: starting on 127.0.0.1:$CP_PG_PORT"
    # setsid keeps the server out of the terminal's process group, so Ctrl-C reaches only the caller.
    user_prefix postgres
    (cd "$base" && exec setsid -w "${USER_PREFIX[@]}" "$bin/pg_ctl" start -D "$data" -l "$logfile" -w \
      -t "$CP_START_TIMEOUT" -s -o "-p $CP_PG_PORT -k '$run' -c listen_addresses=127.0.0.1" </dev/null) ||
      fail_with_logs "postgres: did not start" "$logfile"
  fi

  local psql=(as_user postgres "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$run" -p "$CP_PG_PORT" -U postgres -d postgres)
  "${psql[@]}" -c "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$CP_DB_USER') THEN
        CREATE ROLE $CP_DB_USER LOGIN SUPERUSER PASSWORD '$CP_DB_PASSWORD';
      END IF;
    END \$\$;" || fail_with_logs "postgres: could not create role $CP_DB_USER" "$logfile"
  if [[ "$("${psql[@]}" -tAc "SELECT 1 FROM pg_database WHERE datname = '$CP_DB_NAME'")" != 1 ]]; then
    "${psql[@]}" -c "CREATE DATABASE $CP_DB_NAME OWNER $CP_DB_USER" ||
      fail_with_logs "postgres: could not create database $CP_DB_NAME" "$logfile"
  fi
  # The same path the tests take: TCP with a password.
  PGPASSWORD="$CP_DB_PASSWORD" "$bin/psql" -X -q -h 127.0.0.1 -p "$CP_PG_PORT" -U "$CP_DB_USER" -d "$CP_DB_NAME" \
    -tAc 'SELECT 1' >/dev/null || fail_with_logs "postgres: $CP_DB_USER cannot log in over TCP" "$logfile"
  log "postgres: ready"
}

write_rabbit_config() {
  local base=$1
  mkdir -p "$base/home" "$base/mnesia" "$base/log"
  : >"$base/rabbitmq-env.conf"
  printf '[rabbitmq_management].\n' >"$base/enabled_plugins"
  cat >"$base/rabbitmq.conf" <<EOF
# Written by scripts/infra/start.sh on each start; edits are lost.
listeners.tcp.1 = 127.0.0.1:$CP_RABBIT_PORT
management.tcp.ip = 127.0.0.1
management.tcp.port = $CP_RABBIT_MGMT_PORT
default_user = $CP_RABBIT_USER
default_pass = $CP_RABBIT_PASSWORD
default_user_tags.administrator = true
default_permissions.configure = .*
default_permissions.read = .*
default_permissions.write = .*
log.console = false
log.file.level = info
EOF
  if [[ ! -s $base/home/.erlang.cookie ]]; then
    # The node's own cookie; rabbitmqctl finds it through the same HOME.
    head -c 64 /dev/urandom | sha256sum | cut -c1-32 | tr 'a-f' 'A-F' >"$base/home/.erlang.cookie"
  fi
  chmod 400 "$base/home/.erlang.cookie"
  own_by rabbitmq "$base"
}

# HTTP status of a management API call with our user; 000 when nothing answers.
rabbit_api_status() {
  curl -s -o /dev/null -w '%{http_code}' --max-time 5 -u "$CP_RABBIT_USER:$CP_RABBIT_PASSWORD" \
    "http://127.0.0.1:$CP_RABBIT_MGMT_PORT/api/$1" || true
}

# Recreates the user if someone removed it from an existing node.
ensure_rabbit_user() {
  local base=$1
  if rabbit_ctl "$base" -q list_users | awk -v user="$CP_RABBIT_USER" '$1 == user {found = 1} END {exit !found}'; then
    rabbit_ctl "$base" -q change_password "$CP_RABBIT_USER" "$CP_RABBIT_PASSWORD" >/dev/null
  else
    rabbit_ctl "$base" -q add_user "$CP_RABBIT_USER" "$CP_RABBIT_PASSWORD" >/dev/null
  fi
  rabbit_ctl "$base" -q set_user_tags "$CP_RABBIT_USER" administrator >/dev/null
  rabbit_ctl "$base" -q set_permissions -p / "$CP_RABBIT_USER" '.*' '.*' '.*' >/dev/null
}

start_rabbitmq() {
  local base logs launcher deadline status fixed_user=false
  [[ -x $CP_RABBIT_BIN/rabbitmq-server ]] ||
    die "rabbitmq: rabbitmq-server is not installed; run scripts/infra/install.sh"
  command -v curl >/dev/null || die "rabbitmq: curl is missing; run scripts/infra/install.sh"
  base="$(service_dir rabbitmq rabbitmq)"
  logs=("$base/log/startup.log" "$base/log/$CP_RABBIT_NODE.log")
  rabbit_env "$base"

  if rabbitmq_running; then
    require_remembered_ports rabbitmq
    log "rabbitmq: already running on port $CP_RABBIT_PORT"
  else
    require_free_port rabbitmq "$CP_RABBIT_PORT" CP_RABBIT_PORT
    require_free_port "rabbitmq management" "$CP_RABBIT_MGMT_PORT" CP_RABBIT_MGMT_PORT
    require_free_port "rabbitmq distribution" "$CP_RABBIT_DIST_PORT" CP_RABBIT_DIST_PORT
    write_rabbit_config "$base"
    rm -f "$base/rabbitmq.pid"
    log "rabbitmq: starting node $CP_RABBIT_NODE on 127.0.0.1:$CP_RABBIT_PORT (management $CP_RABBIT_MGMT_PORT)"
    user_prefix rabbitmq
    (cd "$base" && exec setsid "${USER_PREFIX[@]}" env "${RABBIT_ENV[@]}" "$CP_RABBIT_BIN/rabbitmq-server") \
      >>"${logs[0]}" 2>&1 </dev/null &
    launcher=$!
    deadline=$((SECONDS + CP_START_TIMEOUT))
    until port_open "$CP_RABBIT_PORT"; do
      alive "$launcher" || fail_with_logs "rabbitmq: the node exited during start-up" "${logs[@]}"
      ((SECONDS < deadline)) || fail_with_logs "rabbitmq: not listening after ${CP_START_TIMEOUT}s" "${logs[@]}"
      sleep 0.5
    done
  fi

  rabbit_ctl "$base" -q await_startup --timeout 60 >/dev/null ||
    fail_with_logs "rabbitmq: rabbitmqctl await_startup failed" "${logs[@]}"
  deadline=$((SECONDS + CP_START_TIMEOUT))
  while status="$(rabbit_api_status overview)" && [[ $status != 200 ]]; do
    if [[ $status == 401 && $fixed_user == false ]]; then
      log "rabbitmq: user $CP_RABBIT_USER is missing or changed; recreating it"
      ensure_rabbit_user "$base"
      fixed_user=true
      continue
    fi
    ((SECONDS < deadline)) ||
      fail_with_logs "rabbitmq: management API answers $status after ${CP_START_TIMEOUT}s" "${logs[@]}"
    sleep 0.5
  done
  log "rabbitmq: ready"
}

start_azurite() {
  local bin dir pidfile logfile pid deadline status
  bin="$CP_ROOT/node_modules/.bin/azurite-blob"
  [[ -x $bin ]] || die "azurite: $bin is missing; run scripts/infra/install.sh"
  dir="$CP_AZURITE_DIR"
  pidfile="$dir/azurite.pid"
  logfile="$dir/azurite.log"
  mkdir -p "$dir"

  if azurite_running; then
    pid="$(read_pid "$pidfile")"
    require_remembered_ports azurite
    log "azurite: already running on port $CP_AZURITE_PORT"
  else
    require_free_port azurite "$CP_AZURITE_PORT" CP_AZURITE_PORT
    [[ ! -f $logfile ]] || mv -f "$logfile" "$logfile.1"
    log "azurite: starting the blob service on 127.0.0.1:$CP_AZURITE_PORT"
    (cd "$CP_ROOT" && exec setsid "$bin" --blobHost 127.0.0.1 --blobPort "$CP_AZURITE_PORT" --location "$dir" \
      --skipApiVersionCheck --loose --silent) >>"$logfile" 2>&1 </dev/null &
    pid=$!
    printf '%s\n' "$pid" >"$pidfile"
  fi

  deadline=$((SECONDS + CP_START_TIMEOUT))
  # Any HTTP answer (403 without credentials) means the service is up.
  while status="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 \
    "http://127.0.0.1:$CP_AZURITE_PORT/$CP_AZURITE_ACCOUNT?comp=list" || true)" && [[ $status == 000 ]]; do
    alive "$pid" || fail_with_logs "azurite: exited during start-up" "$logfile"
    ((SECONDS < deadline)) || fail_with_logs "azurite: not answering after ${CP_START_TIMEOUT}s" "$logfile"
    sleep 0.3
  done
  log "azurite: ready"
}

main() {
  parse_services "$@"
  mkdir -p "$CP_LOCAL"
  local service pids=() failed=0 i ready=()
  # In parallel: RabbitMQ's boot dominates, the others finish meanwhile.
  for service in "${SERVICES[@]}"; do
    "start_$service" &
    pids+=($!)
  done
  for i in "${!pids[@]}"; do
    if wait "${pids[$i]}"; then ready+=("${SERVICES[$i]}"); else failed=1; fi
  done
  # Only the ports of what runs now: a refused or failed start leaves the remembered ones as they were.
  ((${#ready[@]} == 0)) || remember_ports "${ready[@]}"
  ((failed == 0)) ||
    die "could not start everything; see the errors above (scripts/infra/stop.sh stops what did start)"
  env_lines >"$CP_LOCAL/infra.env"
  log "environment (also in .local/infra.env; source it or run: eval \"\$(scripts/infra/env.sh)\"):"
  cat "$CP_LOCAL/infra.env"
}

main "$@"
