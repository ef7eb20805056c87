// Load driver for scripts/bench/load.sh. Usage:
//   node run.mjs open   <baseUrl> <token> <routes.json> <rate> <durationSeconds>
//   node run.mjs closed <baseUrl> <token> <routes.json> <connections> <durationSeconds>
// routes.json: [{ "name": "...", "paths": ["/api/v1/...", ...] }]. Prints one table row per route.
// "open" shares <rate> requests/s evenly between the routes, all at once (autocannon's overallRate);
// "closed" runs each route alone with <connections> connections, each sending its next request on reply.
// Latencies are recorded per response (autocannon's own summary has no p95).
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';

const [mode, baseUrl, token, routesFile, amountText, durationText] = process.argv.slice(2);
const routes = JSON.parse(readFileSync(routesFile, 'utf8'));
const amount = Number(amountText);
const duration = Number(durationText);

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function runRoute(route, options) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    let errors = 0;
    let next = 0;
    const instance = autocannon({
      url: baseUrl,
      duration,
      headers: { authorization: `Bearer ${token}` },
      requests: [{ setupRequest: (request) => ({ ...request, path: route.paths[next++ % route.paths.length] }) }],
      ...options,
    }, (error, result) => {
      if (error) return reject(error);
      latencies.sort((a, b) => a - b);
      resolve({
        name: route.name,
        requests: latencies.length,
        perSecond: latencies.length / duration,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        p99: percentile(latencies, 99),
        errors: errors + result.errors + result.timeouts,
      });
    });
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (statusCode >= 400) errors++;
    });
  });
}

function row(r) {
  const ms = (v) => `${v.toFixed(1)} ms`.padStart(10);
  return `${r.name.padEnd(14)} ${String(r.requests).padStart(8)} ${r.perSecond.toFixed(1).padStart(8)}/s` +
    ` ${ms(r.p50)} ${ms(r.p95)} ${ms(r.p99)} ${String(r.errors).padStart(7)}`;
}

console.log(`${mode === 'open' ? `open loop, ${amount} req/s in all` : `closed loop, ${amount} connections`},` +
  ` ${duration} s per run`);
console.log(`${'route'.padEnd(14)} ${'requests'.padStart(8)} ${'rate'.padStart(10)} ${'p50'.padStart(10)}` +
  ` ${'p95'.padStart(10)} ${'p99'.padStart(10)} ${'errors'.padStart(7)}`);
if (mode === 'open') {
  const share = amount / routes.length;
  const results = await Promise.all(routes.map((route) =>
    runRoute(route, { overallRate: share, connections: Math.max(4, Math.ceil(share / 5)) })));
  results.forEach((r) => console.log(row(r)));
} else {
  for (const route of routes) {
    console.log(row(await runRoute(route, { connections: amount })));
  }
}
