# shellcheck shell=bash disable=SC2034  # the variables are used by the scripts that source this file
# Shared settings and helpers for the scripts in scripts/infra/. Sourced, never executed.
# Everything the services write lives under .local/ (git-ignored) in this checkout.
# Pipelines end in `grep >/dev/null`, never `grep -q`: with pipefail an early grep exit fails the writer.

CP_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CP_LOCAL="$CP_ROOT/.local"

# Ports a start.sh was given through CP_*_PORT variables are remembered in .local/ports.env, so the
# scripts that run later without them (stop, status, env, test, demo) reach the same instances.
# A variable set in the environment wins over the remembered value, which wins over the default.
CP_PORTS_FILE="$CP_LOCAL/ports.env"
CP_PORT_VARIABLES=(CP_PG_PORT CP_RABBIT_PORT CP_RABBIT_MGMT_PORT CP_RABBIT_DIST_PORT CP_EPMD_PORT CP_AZURITE_PORT)
declare -gA CP_REMEMBERED_PORTS=()
if [[ -f $CP_PORTS_FILE ]]; then
  while IFS='=' read -r cp_name cp_value; do
    [[ " ${CP_PORT_VARIABLES[*]} " == *" $cp_name "* && $cp_value =~ ^[0-9]+$ ]] || continue
    CP_REMEMBERED_PORTS[$cp_name]=$cp_value
    [[ -n ${!cp_name:-} ]] || printf -v "$cp_name" '%s' "$cp_value"
  done <"$CP_PORTS_FILE"
  unset cp_name cp_value
fi

CP_PG_PORT="${CP_PG_PORT:-55432}"
CP_RABBIT_PORT="${CP_RABBIT_PORT:-55672}"
CP_RABBIT_MGMT_PORT="${CP_RABBIT_MGMT_PORT:-55673}"
# Erlang distribution and a private epmd, so a system RabbitMQ (epmd 4369, dist 25672) never clashes.
CP_RABBIT_DIST_PORT="${CP_RABBIT_DIST_PORT:-55674}"
CP_EPMD_PORT="${CP_EPMD_PORT:-55670}"
CP_AZURITE_PORT="${CP_AZURITE_PORT:-10100}"
# Seconds each service may take to become ready.
CP_START_TIMEOUT="${CP_START_TIMEOUT:-120}"

CP_DB_USER=cardprocessor
CP_DB_PASSWORD=cardprocessor
CP_DB_NAME=cardprocessor
CP_RABBIT_USER=cardprocessor
CP_RABBIT_PASSWORD=cardprocessor
CP_RABBIT_NODE=cardprocessor@localhost
# Microsoft's published Azurite development account and key: public, not a secret.
CP_AZURITE_ACCOUNT=devstoreaccount1
CP_AZURITE_KEY='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='

CP_RABBIT_BIN=/usr/lib/rabbitmq/bin
CP_AZURITE_DIR="$CP_LOCAL/azurite"

log() { printf '[infra] %s\n' "$*" >&2; }
warn() { printf '[infra] WARNING: %s\n' "$*" >&2; }
die() {
  printf '[infra] ERROR: %s\n' "$*" >&2
  exit 1
}

is_root() { [[ $EUID -eq 0 ]]; }

# Runs a command as a service account when we are root (postgres refuses to run as root);
# a non-root developer runs the services as themselves.
as_user() {
  local user=$1
  shift
  if is_root; then
    # From /, which every account may enter (the caller's folder may be closed to it).
    (cd / && runuser -u "$user" -- "$@")
  else
    "$@"
  fi
}

as_root() {
  if is_root; then
    "$@"
  else
    sudo "$@"
  fi
}

# Ownership for folders a service writes to; a no-op when not root.
own_by() {
  local user=$1
  shift
  if is_root; then
    chown -R "$user:$user" "$@"
  fi
}

port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# True when the process exists and has not exited (an exited child of init stays a zombie until
# reaped, which kill -0 cannot tell apart).
alive() {
  [[ -n $1 ]] && kill -0 "$1" 2>/dev/null || return 1
  [[ "$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -c1)" != Z ]]
}

# True when pid is alive and its command line contains the given fixed string.
pid_matches() {
  local pid=$1 needle=$2
  [[ -n $pid && -r /proc/$pid/cmdline ]] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -F -- "$needle" >/dev/null
}

read_pid() {
  [[ -s $1 ]] && tr -dc '0-9' <"$1"
}

show_log_tail() {
  local file=$1
  if [[ -f $file ]]; then
    printf '[infra] ---- last lines of %s ----\n' "$file" >&2
    tail -n 40 "$file" >&2
    printf '[infra] ----\n' >&2
  fi
}

# Waits for a stopped process; sends SIGKILL after the timeout.
wait_gone() {
  local pid=$1 seconds=${2:-20} i
  for ((i = 0; i < seconds * 10; i++)); do
    alive "$pid" || return 0
    sleep 0.1
  done
  warn "process $pid did not stop within ${seconds}s; killing it"
  kill -KILL "$pid" 2>/dev/null || true
}

# The folder a service account keeps its files in: .local/<name> when that account can reach
# it. A checkout under a folder the account cannot enter (/root is 0700) gets a folder under
# /var/tmp instead, linked from .local/<name>; a missing link means a fresh state, so the old
# target is wiped. PostgreSQL's socket path must also stay under 108 bytes.
service_dir() {
  local name=$1 user=$2 create=${3:-create} dir="$CP_LOCAL/$1" alt
  if [[ -L $dir ]]; then
    readlink -f "$dir"
    return
  fi
  if [[ -d $dir || $create != create ]]; then
    printf '%s\n' "$dir"
    return
  fi
  mkdir -p "$CP_LOCAL"
  if ((${#dir} < 80)) && as_user "$user" test -x "$CP_LOCAL" -a -r "$CP_LOCAL"; then
    printf '%s\n' "$dir"
    return
  fi
  alt="/var/tmp/cardprocessor-$(printf '%s' "$CP_ROOT" | sha256sum | cut -c1-12)/$name"
  warn "$user cannot use $dir (unreachable parent folder or too long a path); using $alt"
  rm -rf "$alt"
  mkdir -p "$alt"
  chmod 755 "$(dirname "$alt")"
  ln -s "$alt" "$dir"
  printf '%s\n' "$alt"
}

pg_bin_dir() {
  local dir
  if [[ -n ${CP_PG_BIN:-} ]]; then
    printf '%s\n' "$CP_PG_BIN"
    return
  fi
  if [[ -x /usr/lib/postgresql/15/bin/pg_ctl ]]; then
    printf '%s\n' /usr/lib/postgresql/15/bin
    return
  fi
  # Another distribution (a CI runner) may ship a newer major version only.
  dir="$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)"
  [[ -n $dir && -x $dir/pg_ctl ]] || die "PostgreSQL server binaries not found; run scripts/infra/install.sh"
  printf '%s\n' "$dir"
}

# The port variables of one service.
port_variables() {
  case $1 in
    postgres) echo CP_PG_PORT ;;
    rabbitmq) echo CP_RABBIT_PORT CP_RABBIT_MGMT_PORT CP_RABBIT_DIST_PORT CP_EPMD_PORT ;;
    azurite) echo CP_AZURITE_PORT ;;
  esac
}

# Writes .local/ports.env: the current ports of the named services, the remembered ones of the others.
remember_ports() {
  local service name
  local -A ports=()
  for name in "${!CP_REMEMBERED_PORTS[@]}"; do
    ports[$name]=${CP_REMEMBERED_PORTS[$name]}
  done
  for service in "$@"; do
    for name in $(port_variables "$service"); do
      ports[$name]=${!name}
    done
  done
  mkdir -p "$CP_LOCAL"
  {
    printf '# The ports scripts/infra/start.sh last started each service on; CP_*_PORT variables override them.\n'
    for name in "${CP_PORT_VARIABLES[@]}"; do
      [[ -z ${ports[$name]:-} ]] || printf '%s=%s\n' "$name" "${ports[$name]}"
    done
  } >"$CP_PORTS_FILE.tmp"
  mv -f "$CP_PORTS_FILE.tmp" "$CP_PORTS_FILE"
}

# A running service keeps its ports: a start.sh asking for others is refused instead of reporting success.
require_remembered_ports() {
  local service=$1 name
  for name in $(port_variables "$service"); do
    if [[ -n ${CP_REMEMBERED_PORTS[$name]:-} && ${CP_REMEMBERED_PORTS[$name]} != "${!name}" ]]; then
      die "$service: already running with $name=${CP_REMEMBERED_PORTS[$name]} (.local/ports.env), not ${!name}; \
stop it first with scripts/infra/stop.sh $service"
    fi
  done
}

# Prints the environment contract as `export NAME='value'` lines.
env_lines() {
  local postgres rabbit management blobs
  postgres="Host=127.0.0.1;Port=$CP_PG_PORT;Username=$CP_DB_USER;Password=$CP_DB_PASSWORD;Database=$CP_DB_NAME"
  rabbit="amqp://$CP_RABBIT_USER:$CP_RABBIT_PASSWORD@127.0.0.1:$CP_RABBIT_PORT/"
  management="http://$CP_RABBIT_USER:$CP_RABBIT_PASSWORD@127.0.0.1:$CP_RABBIT_MGMT_PORT/"
  blobs="DefaultEndpointsProtocol=http;AccountName=$CP_AZURITE_ACCOUNT;AccountKey=$CP_AZURITE_KEY"
  blobs+=";BlobEndpoint=http://127.0.0.1:$CP_AZURITE_PORT/$CP_AZURITE_ACCOUNT;"
  printf "export CP_TEST_POSTGRES='%s'\n" "$postgres"
  printf "export CP_TEST_RABBITMQ='%s'\n" "$rabbit"
  printf "export CP_TEST_RABBITMQ_MANAGEMENT='%s'\n" "$management"
  printf "export CP_TEST_BLOBS='%s'\n" "$blobs"
}

# Fills RABBIT_ENV with the environment of our RabbitMQ node and its CLI tools; $1 is the
# node's folder. HOME holds the node's own Erlang cookie, which rabbitmqctl must share.
rabbit_env() {
  local base=$1
  RABBIT_ENV=(
    "HOME=$base/home"
    "RABBITMQ_NODENAME=$CP_RABBIT_NODE"
    "RABBITMQ_CONF_ENV_FILE=$base/rabbitmq-env.conf"
    "RABBITMQ_CONFIG_FILE=$base/rabbitmq.conf"
    "RABBITMQ_ADVANCED_CONFIG_FILE=$base/advanced.config"
    "RABBITMQ_ENABLED_PLUGINS_FILE=$base/enabled_plugins"
    "RABBITMQ_MNESIA_BASE=$base/mnesia"
    "RABBITMQ_LOG_BASE=$base/log"
    "RABBITMQ_PID_FILE=$base/rabbitmq.pid"
    "RABBITMQ_DIST_PORT=$CP_RABBIT_DIST_PORT"
    "ERL_EPMD_PORT=$CP_EPMD_PORT"
    "ERL_EPMD_ADDRESS=127.0.0.1"
    "RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS=-kernel inet_dist_use_interface {127,0,0,1}"
    "RABBITMQ_CTL_ERL_ARGS=-kernel inet_dist_use_interface {127,0,0,1}"
  )
}

# rabbitmqctl against our node; $1 is the node's folder.
rabbit_ctl() {
  local base=$1
  shift
  rabbit_env "$base"
  (cd "$base" && as_user rabbitmq env "${RABBIT_ENV[@]}" "$CP_RABBIT_BIN/rabbitmqctl" -n "$CP_RABBIT_NODE" "$@")
}

# The prefix that runs a program as a service account (for use with setsid, which needs a program).
user_prefix() {
  if is_root; then
    USER_PREFIX=(runuser -u "$1" --)
  else
    USER_PREFIX=()
  fi
}

# Pids whose environment or command line contains the given fixed string (readable ones only).
pids_with() {
  local needle=$1 f pid
  for f in /proc/[0-9]*/environ; do
    pid=${f#/proc/}
    pid=${pid%/environ}
    [[ $pid == "$$" || $pid == "$BASHPID" ]] && continue
    if { tr '\0' '\n' <"$f"; tr '\0' '\n' <"/proc/$pid/cmdline"; } 2>/dev/null | grep -xF -- "$needle" >/dev/null; then
      printf '%s\n' "$pid"
    fi
  done
}

# Whether each service runs from this checkout.
postgres_running() {
  local base pid
  base="$(service_dir pg postgres nocreate)"
  pid="$(head -n 1 "$base/data/postmaster.pid" 2>/dev/null || true)"
  pid_matches "$pid" "-D $base/data "
}

rabbitmq_running() {
  local base pid
  base="$(service_dir rabbitmq rabbitmq nocreate)"
  pid="$(read_pid "$base/rabbitmq.pid" || true)"
  alive "$pid" && pids_with "RABBITMQ_MNESIA_BASE=$base/mnesia" | grep -xF "$pid" >/dev/null
}

azurite_running() {
  local pid
  pid="$(read_pid "$CP_AZURITE_DIR/azurite.pid" || true)"
  pid_matches "$pid" azurite-blob && pid_matches "$pid" "$CP_AZURITE_DIR"
}

# Turns the command line arguments of start.sh/stop.sh into the list of services.
parse_services() {
  SERVICES=()
  local arg
  if (($# == 0)); then
    SERVICES=(postgres rabbitmq azurite)
    return
  fi
  for arg in "$@"; do
    case $arg in
      postgres | postgresql | pg) SERVICES+=(postgres) ;;
      rabbitmq | rabbit) SERVICES+=(rabbitmq) ;;
      azurite) SERVICES+=(azurite) ;;
      -h | --help)
        printf 'usage: %s [postgres] [rabbitmq] [azurite]   (default: all three)\n' "$(basename "$0")"
        exit 0
        ;;
      *) die "unknown service '$arg' (expected postgres, rabbitmq or azurite)" ;;
    esac
  done
}
