// Every metric a dashboard panel, a dashboard variable or an alert queries must be one the apps
// (or RabbitMQ, or Prometheus itself) export: scripts/ops/exported-metrics.txt lists them.
// The queries are parsed with Prometheus's own PromQL grammar, so a syntax error fails too.
//
// usage: node check-metric-names.mjs --allow exported-metrics.txt --dashboard a.json ... --manifests rendered.yaml ...
import { readFileSync } from "node:fs";
import { parser } from "@prometheus-io/lezer-promql";
import { parseAllDocuments } from "yaml";

const args = process.argv.slice(2);
const files = { allow: [], dashboard: [], manifests: [] };
for (let i = 0, current = null; i < args.length; i++) {
  if (args[i].startsWith("--")) current = args[i].slice(2);
  else if (current in files) files[current].push(args[i]);
  else throw new Error(`unexpected argument ${args[i]}`);
}

const allowed = new Set(
  files.allow.flatMap((f) => readFileSync(f, "utf8").split("\n"))
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#")),
);

const problems = [];
const used = new Map(); // name -> set of places

// Grafana's variables are not PromQL: give each a value of the right shape before parsing.
function fromGrafana(expr) {
  return expr
    .replace(/\$__(rate_interval|interval|range)\b/g, "5m")
    .replace(/\[\$\{?\w+\}?\]/g, "[5m]");
}

function check(expr, where) {
  const tree = parser.parse(expr);
  let syntaxError = false;
  tree.iterate({
    enter(node) {
      if (node.type.isError) syntaxError = true;
      if (node.name === "VectorSelector") {
        const id = node.node.getChild("Identifier");
        if (id) {
          const name = expr.slice(id.from, id.to);
          if (!used.has(name)) used.set(name, new Set());
          used.get(name).add(where);
        } else {
          problems.push(`${where}: a selector without a metric name: ${expr.slice(node.from, node.to)}`);
        }
      }
    },
  });
  if (syntaxError) problems.push(`${where}: PromQL syntax error in: ${expr}`);
}

for (const file of files.dashboard) {
  const dashboard = JSON.parse(readFileSync(file, "utf8"));
  const walk = (panels) => {
    for (const panel of panels ?? []) {
      walk(panel.panels);
      for (const target of panel.targets ?? []) {
        if (!target.expr) problems.push(`${file}: panel "${panel.title}" has a target without expr`);
        else check(fromGrafana(target.expr), `${file} panel "${panel.title}"`);
      }
    }
  };
  walk(dashboard.panels);
  for (const variable of dashboard.templating?.list ?? []) {
    if (variable.type !== "query") continue;
    const query = typeof variable.query === "string" ? variable.query : variable.query?.query;
    const match = /^label_values\((.+),\s*\w+\)$/.exec(query ?? "");
    if (!match) problems.push(`${file}: variable ${variable.name}: only label_values(selector, label) queries are checked, got ${query}`);
    else check(fromGrafana(match[1]), `${file} variable $${variable.name}`);
  }
}

let rules = 0;
for (const file of files.manifests) {
  for (const doc of parseAllDocuments(readFileSync(file, "utf8"))) {
    const object = doc.toJS();
    if (object?.kind !== "PrometheusRule") continue;
    for (const group of object.spec?.groups ?? []) {
      for (const rule of group.rules ?? []) {
        rules++;
        check(String(rule.expr), `${file} ${object.metadata.name} ${rule.alert ?? rule.record}`);
      }
    }
  }
}

for (const [name, places] of used) {
  if (!allowed.has(name)) problems.push(`not an exported metric: ${name} (used by ${[...places].join("; ")})`);
}

if (problems.length) {
  for (const problem of problems) console.error(`error: ${problem}`);
  process.exit(1);
}
console.log(`metric names: ${used.size} distinct names in ${rules} rules and ${files.dashboard.length} dashboard(s), all exported`);
