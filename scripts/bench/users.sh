#!/usr/bin/env bash
# Part (c) of scripts/bench/load.sh: USERS simulated users at once, each creating a session, uploading the
# fixture pair and processing it to Review with the CLI (`cardprocessor run`). Prints time to Review
# p50/p95 and checks, in the audit log, that every session was processed (reached Review) exactly once.
#   scripts/bench/users.sh USERS API_URL ISSUER_URL OUTPUT_DIR     (ConnectionStrings__Postgres set)
set -euo pipefail
USERS=$1 API_URL=$2 ISSUER_URL=$3 OUT=$4
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CLI=(dotnet "$ROOT/src/CardProcessor.Cli/bin/Release/net10.0/cardprocessor.dll")
FIXTURES="${CP_SHARED:-/work/shared}/fixtures/car"
STATEMENT="$FIXTURES/car-2001-001.pdf" RECEIPTS="$FIXTURES/receipt-images-2001-001.pdf"
rm -rf "$OUT" && mkdir -p "$OUT"

started=$(date +%s.%N)
pids=()
for user in $(seq 1 "$USERS"); do
  "${CLI[@]}" run "$STATEMENT" "$RECEIPTS" --api "$API_URL" --issuer "$ISSUER_URL" >"$OUT/$user.log" 2>&1 &
  pids+=($!)
done
failed=0
for pid in "${pids[@]}"; do wait "$pid" || failed=$((failed + 1)); done
wall=$(echo "$(date +%s.%N) - $started" | bc)

# Time to Review as each user saw it (the CLI's "session Review after N s").
sort -n <(sed -n 's/^session Review after \([0-9.]*\) s$/\1/p' "$OUT"/*.log) >"$OUT/times"
reached=$(wc -l <"$OUT/times")
pick() { awk -v p="$1" '{ v[NR] = $1 } END { if (NR == 0) { print "n/a"; exit } i = int((p * NR + 99) / 100);
  if (i < 1) i = 1; print v[i] }' "$OUT/times"; }
mapfile -t SESSION_IDS < <(sed -n 's/^session \([0-9a-f-]\{36\}\), period.*/\1/p' "$OUT"/*.log)
connection="$(printf '%s' "$ConnectionStrings__Postgres" | tr ';' ' ' | sed 's/Username=/user=/; s/Password=/password=/;
  s/Host=/host=/; s/Port=/port=/; s/Database=/dbname=/')"
ids_sql=$(printf "'%s'," "${SESSION_IDS[@]}")
not_once=$(psql "$connection" -tAc "SELECT count(*) FROM (SELECT s.id, count(a.id) AS n
  FROM processing_sessions s LEFT JOIN audit_log a ON a.entity_id = s.id::text AND a.action = 'session.processed'
  WHERE s.id IN (${ids_sql%,}) GROUP BY s.id) t WHERE n <> 1")

printf '\n%s simulated users at once (create, upload %s + %s, process)\n' "$USERS" \
  "$(basename "$STATEMENT")" "$(basename "$RECEIPTS")"
printf 'reached Review: %s of %s; CLI failures: %s; sessions not processed exactly once: %s\n' \
  "$reached" "$USERS" "$failed" "$not_once"
printf 'time to Review: p50 %s s, p95 %s s; all done after %.1f s\n' "$(pick 50)" "$(pick 95)" "$wall"
