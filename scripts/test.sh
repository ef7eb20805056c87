#!/usr/bin/env bash
# Runs the whole test suite against real PostgreSQL, RabbitMQ and Azurite:
#   scripts/test.sh [extra `dotnet test` arguments]    e.g. -c Release, --filter "FullyQualifiedName~Documents"
# Installs what is missing, starts the services, runs `dotnet test CardProcessor.sln`, stops the
# services it started (also after a failure or Ctrl-C; services that were already running, say for
# another shell's work, stay up) and ends with the line "N passed, N failed, N skipped".
# CP_KEEP_INFRA=1 leaves the services running for the next run.
# The solution includes the web app's suites: bUnit (tests/CardProcessor.Web.Tests) and the browser tests
# (tests/CardProcessor.Web.EndToEnd, Debian's chromium, which scripts/infra/install.sh installs).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
INFRA="$ROOT/scripts/infra"
RESULTS="$ROOT/.local/test-results"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

say() { printf '[test] %s\n' "$*" >&2; }

# Prints the run counters of one TRX file: total executed passed failed error timeout aborted.
trx_counters() {
  awk '/<Counters / {
    split("total executed passed failed error timeout aborted", keys, " ")
    for (i = 1; i <= 7; i++) value[keys[i]] = 0
    for (i = 1; i <= NF; i++) {
      split($i, pair, "=")
      gsub(/[^0-9]/, "", pair[2])
      if (pair[1] in value) value[pair[1]] = pair[2] + 0
    }
    print value["total"], value["executed"], value["passed"], value["failed"], value["error"],
      value["timeout"], value["aborted"]
    exit
  }' "$1"
}

# Adds up the counters of every TRX file (one per test assembly) into PASSED, FAILED, SKIPPED.
count_results() {
  PASSED=0 FAILED=0 SKIPPED=0 TRX_FILES=0
  local file total executed passed failed error timeout aborted
  shopt -s nullglob
  for file in "$RESULTS"/*.trx; do
    TRX_FILES=$((TRX_FILES + 1))
    read -r total executed passed failed error timeout aborted < <(trx_counters "$file") || continue
    PASSED=$((PASSED + passed))
    FAILED=$((FAILED + failed + error + timeout + aborted))
    # Skipped tests are counted in total but not executed.
    SKIPPED=$((SKIPPED + total - executed))
  done
  shopt -u nullglob
}

STAGE=setup
TEST_STATUS=1
STARTED=()
on_exit() {
  local status=$?
  trap - EXIT INT TERM
  if ((${#STARTED[@]} == 0)); then
    :
  elif [[ ${CP_KEEP_INFRA:-0} == 1 ]]; then
    say "leaving ${STARTED[*]} running (CP_KEEP_INFRA=1); stop with scripts/infra/stop.sh"
  else
    "$INFRA/stop.sh" "${STARTED[@]}" || true
  fi
  if [[ ${CI:-} == true ]]; then
    # Compiler and MSBuild servers would outlive the run.
    dotnet build-server shutdown >/dev/null 2>&1 || true
  fi

  count_results
  if [[ $STAGE == setup ]]; then
    say "the test infrastructure could not be set up; no test ran"
    status=1
  elif [[ $STAGE == testing ]]; then
    say "interrupted while testing"
    ((status != 0)) || status=1
  else
    local errors
    errors="$(grep -E ': error [A-Z]+[0-9]+:' "$RESULTS/dotnet-test.log" 2>/dev/null | sort -u || true)"
    if [[ -n $errors ]]; then
      say "the build failed with $(wc -l <<<"$errors") error(s); only the test projects that built have run:"
      head -n 20 <<<"$errors" >&2
    elif ((TEST_STATUS != 0 && FAILED == 0)); then
      say "dotnet test failed (exit code $TEST_STATUS) although no test failed:" \
        "a test host crashed or an assembly did not run"
    fi
    say "results: $RESULTS (one TRX file per test assembly)"
    status=$TEST_STATUS
    ((FAILED == 0)) || ((status != 0)) || status=1
  fi
  printf '%s passed, %s failed, %s skipped\n' "$PASSED" "$FAILED" "$SKIPPED"
  exit "$status"
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

main() {
  cd "$ROOT"
  "$INFRA/install.sh"
  local service state running=()
  while read -r service state; do
    if [[ $state == running ]]; then running+=("$service"); else STARTED+=("$service"); fi
  done < <("$INFRA/status.sh" || true)
  ((${#running[@]} == 0)) || say "already running, so left running afterwards: ${running[*]}"
  "$INFRA/start.sh" >/dev/null
  # shellcheck source=/dev/null
  source "$ROOT/.local/infra.env"

  rm -rf "$RESULTS"
  mkdir -p "$RESULTS"
  STAGE=testing
  say "dotnet test CardProcessor.sln $*"
  TEST_STATUS=0
  # The console output is kept too, to list build errors again at the end.
  dotnet test CardProcessor.sln --logger trx --results-directory "$RESULTS" "$@" 2>&1 |
    tee "$RESULTS/dotnet-test.log" || TEST_STATUS=${PIPESTATUS[0]}
  STAGE=finished
}

main "$@"
