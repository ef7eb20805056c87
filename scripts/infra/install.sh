#!/usr/bin/env bash
# Installs what the test infrastructure needs and is missing, and only that:
# Debian packages (PostgreSQL, RabbitMQ, poppler-utils, curl, chromium for the web app's browser tests,
# libgdiplus when available)
# and Azurite from package-lock.json. Quick when everything is present.
set -euo pipefail

# shellcheck source=scripts/infra/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

REQUIRED_PACKAGES=(postgresql rabbitmq-server poppler-utils curl chromium)
# ClosedXML may need GDI+ on Linux; not every distribution release ships it.
OPTIONAL_PACKAGES=(libgdiplus)

installed() {
  [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" == "install ok installed" ]]
}

has_candidate() {
  local candidate
  candidate="$(apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ {print $2}')"
  [[ -n $candidate && $candidate != "(none)" ]]
}

# Waits for another apt/dpkg run instead of failing on its lock, and retries downloads.
APT_OPTIONS=(-o DPkg::Lock::Timeout=300 -o Acquire::Retries=3)

apt_update() {
  as_root env DEBIAN_FRONTEND=noninteractive apt-get "${APT_OPTIONS[@]}" update -q >/dev/null
}

apt_install() {
  as_root env DEBIAN_FRONTEND=noninteractive apt-get "${APT_OPTIONS[@]}" install -y -qq \
    -o Dpkg::Use-Pty=0 --no-install-recommends "$@"
}

# Debian starts a package's service on install; a policy-rc.d that answers 101 prevents that
# (we run private instances and never use the system ones).
POLICY_RC=/usr/sbin/policy-rc.d
made_policy_rc=false
forbid_service_starts() {
  if [[ ! -e $POLICY_RC ]]; then
    printf '#!/bin/sh\nexit 101\n' | as_root tee "$POLICY_RC" >/dev/null
    as_root chmod 755 "$POLICY_RC"
    made_policy_rc=true
  fi
}
allow_service_starts() {
  if [[ $made_policy_rc == true ]]; then
    as_root rm -f "$POLICY_RC"
    made_policy_rc=false
  fi
}
trap allow_service_starts EXIT

install_packages() {
  local missing=() optional=() package updated=false
  for package in "${REQUIRED_PACKAGES[@]}"; do
    installed "$package" || missing+=("$package")
  done
  for package in "${OPTIONAL_PACKAGES[@]}"; do
    installed "$package" || optional+=("$package")
  done
  if ((${#missing[@]} == 0 && ${#optional[@]} == 0)); then
    log "packages: all present"
    return
  fi

  forbid_service_starts
  if ((${#missing[@]} > 0)); then
    log "packages: installing ${missing[*]}"
    apt_update
    updated=true
    apt_install "${missing[@]}"
  fi
  for package in "${optional[@]}"; do
    # Without fresh package lists an optional package is looked up only in the ones we have,
    # so a run with nothing else to install stays quick.
    if ! has_candidate "$package"; then
      log "packages: $package is not available here; skipping it"
      continue
    fi
    if [[ $updated == false ]]; then
      apt_update
      updated=true
    fi
    log "packages: installing $package (optional)"
    apt_install "$package" || warn "packages: could not install $package; continuing without it"
  done
  allow_service_starts
}

# Stops and disables the Debian system instances (default ports 5432/5672), which an earlier
# install may have started. CP_KEEP_SYSTEM_SERVICES=1 leaves them alone.
stop_system_services() {
  [[ ${CP_KEEP_SYSTEM_SERVICES:-0} == 1 ]] && return
  local service
  for service in postgresql rabbitmq-server; do
    if [[ -d /run/systemd/system ]] && command -v systemctl >/dev/null; then
      if systemctl is-active --quiet "$service" || systemctl is-enabled --quiet "$service" 2>/dev/null; then
        log "packages: stopping and disabling the system $service service"
        as_root systemctl disable --now "$service" >/dev/null 2>&1 || warn "could not disable $service"
      fi
    elif [[ -x /etc/init.d/$service ]] && system_service_running "$service"; then
      log "packages: stopping the system $service service"
      as_root service "$service" stop >/dev/null 2>&1 || warn "could not stop $service"
      as_root update-rc.d "$service" disable >/dev/null 2>&1 || true
    fi
  done
}

# Without systemd: looks at the processes (the rabbitmq init script's status is slow).
system_service_running() {
  case $1 in
    postgresql) pg_lsclusters -h 2>/dev/null | awk '$4 == "online" {found = 1} END {exit !found}' ;;
    # Beam processes of the rabbitmq account other than our node (named $CP_RABBIT_NODE).
    rabbitmq-server) system_rabbit_pid_exists ;;
    *) return 1 ;;
  esac
}

system_rabbit_pid_exists() {
  local pid
  for pid in $(pgrep -u rabbitmq beam 2>/dev/null); do
    if ! tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | grep "^RABBITMQ_NODENAME=$CP_RABBIT_NODE\$" >/dev/null; then
      return 0
    fi
  done
  return 1
}

install_azurite() {
  command -v node >/dev/null || die "node is missing; install Node.js 20 or later"
  command -v npm >/dev/null || die "npm is missing; install Node.js 20 or later with npm"
  local stamp="$CP_ROOT/node_modules/.cp-package-lock.sha256" want
  want="$(sha256sum "$CP_ROOT/package-lock.json" | cut -d' ' -f1)"
  if [[ -x $CP_ROOT/node_modules/.bin/azurite-blob && -f $stamp && "$(cat "$stamp")" == "$want" ]]; then
    log "azurite: node_modules matches package-lock.json"
    return
  fi
  log "azurite: npm ci"
  # No install scripts: Azurite needs none, and npm would only warn about unapproved ones.
  (cd "$CP_ROOT" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  printf '%s\n' "$want" >"$stamp"
}

main() {
  command -v apt-get >/dev/null || die "this script needs a Debian or Ubuntu system (apt-get)"
  install_packages
  stop_system_services
  install_azurite
  command -v dotnet >/dev/null || warn "dotnet is not on PATH; the tests need the .NET SDK from global.json"
  log "install: done"
}

main "$@"
