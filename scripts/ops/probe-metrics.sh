#!/usr/bin/env bash
# Runs scripts/ops/metrics-probe (the apps' own MassTransit and prometheus-net versions) and checks
#   - that every prometheus-net / MassTransit name in scripts/ops/exported-metrics.txt is really exported,
#   - that every cardprocessor_* name there is declared in ExtractionMetrics.cs,
#   - that a ConfigMap-style symlink swap of validation.json reaches configuration with
#     DOTNET_USE_POLLING_FILE_WATCHER=true (what the chart sets when it mounts the thresholds),
#   - that DOTNET_SHUTDOWNTIMEOUTSECONDS (set by the chart below the grace period) reaches HostOptions.
# Needs the .NET SDK and NuGet; about a minute. Exits non-zero on any mismatch.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

out=.local/ops/metrics-probe
mkdir -p "$out"
dotnet build scripts/ops/metrics-probe -c Release -o "$out/bin" --nologo -v quiet >"$out/build.log" 2>&1 \
  || { cat "$out/build.log" >&2; echo "FAIL: probe build" >&2; exit 1; }
dotnet "$out/bin/MetricsProbe.dll" >"$out/exported.txt" || { echo "FAIL: metrics probe" >&2; exit 1; }

failures=0
# Series names a scrape can carry: the family, and for histograms its _bucket/_sum/_count series.
awk '{ print $2; if ($1 == "histogram") { print $2 "_bucket"; print $2 "_sum"; print $2 "_count" } }' "$out/exported.txt" | sort -u >"$out/series.txt"
source_file=src/CardProcessor.Processing/Observability/ExtractionMetrics.cs
while read -r name; do
  case $name in
    ''|'#'*|up|rabbitmq_*) continue ;;
    cardprocessor_*)
      base=${name%_bucket}; base=${base%_sum}; base=${base%_count}
      grep -q "\"$base\"" "$source_file" || { echo "FAIL: $name is not declared in $source_file" >&2; failures=$((failures + 1)); } ;;
    *)
      grep -qx "$name" "$out/series.txt" || { echo "FAIL: $name is not exported (see $out/exported.txt)" >&2; failures=$((failures + 1)); } ;;
  esac
done < <(sed 's/[[:space:]]*$//' scripts/ops/exported-metrics.txt)

if DOTNET_USE_POLLING_FILE_WATCHER=true dotnet "$out/bin/MetricsProbe.dll" config-reload; then
  echo "ok: validation.json reloads from a swapped ConfigMap with the polling watcher"
else
  echo "FAIL: validation.json did not reload" >&2; failures=$((failures + 1))
fi

timeout=$(DOTNET_SHUTDOWNTIMEOUTSECONDS=110 dotnet "$out/bin/MetricsProbe.dll" shutdown-timeout)
if [[ $timeout == "shutdown-timeout: 110 s" ]]; then
  echo "ok: DOTNET_SHUTDOWNTIMEOUTSECONDS sets the host's shutdown timeout"
else
  echo "FAIL: DOTNET_SHUTDOWNTIMEOUTSECONDS not honoured ($timeout)" >&2; failures=$((failures + 1))
fi

echo "probe-metrics: $(grep -c . "$out/exported.txt") families exported, $failures mismatches"
[[ $failures -eq 0 ]]
