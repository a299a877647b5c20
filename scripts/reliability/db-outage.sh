#!/usr/bin/env bash
# Database outage (docs/reliability.md, "Database outage"): survey submissions under load,
# PostgreSQL stopped for OUTAGE_SECONDS (30) and started again; Kenes is not restarted. Every
# attempt of the generator is written down (start, status, latency, problem+json) and
# /health/ready is polled every 0.5 s. Criteria:
#  - requests during the outage fail with 503 application/problem+json;
#  - they fail fast, no thread pile-up: p99 latency of the failed attempts < 2 s;
#  - readiness goes DOWN (an answer 503) during the outage and UP (200) after it: an answer that
#    does not come within 3 s is not DOWN, it is a readiness check stuck like the requests;
#  - Kenes serves again without a restart: submissions acknowledged after the database is back,
#    none failing in the last 10 s of the load, the same JVM (pid) throughout.
# Needs a build (mvn install -DskipTests). Takes about 3 minutes. Exit status 0 when every
# criterion passes, 1 when one fails, 2 when the test could not run.
#
# Settings (environment): NODE_HTTP/NODE_HTTPS (9380/9743), PG_PORT (5498), CONCURRENCY (20),
# OUTAGE_SECONDS (30), BEFORE_SECONDS (15: load before the outage), AFTER_SECONDS (45: load after).
source "$(dirname "$0")/lib.sh"

HTTP=${NODE_HTTP:-9380} HTTPS=${NODE_HTTPS:-9743}
CONCURRENCY=${CONCURRENCY:-20}
OUTAGE_SECONDS=${OUTAGE_SECONDS:-30}
BEFORE_SECONDS=${BEFORE_SECONDS:-15}
AFTER_SECONDS=${AFTER_SECONDS:-45}
P99_LIMIT_MS=2000

require_build "$HTTP" "$HTTPS" "$PG_PORT"
pg_create
node_create kenes "$HTTP" "$HTTPS" "http://localhost:$HTTP"
node_start kenes --clean
node_wait_ready kenes
PID=${NODE_PID[kenes]}
survey_data

READY="$OUT/ready.txt"
(
  while :; do
    t=$(date +%s%3N)
    echo "$t $(curl -s -o /dev/null -m 3 -w '%{http_code}' "${NODE_URL[kenes]}/health/ready")"
    sleep 0.5
  done
) >"$READY" 2>/dev/null &
BG_PIDS+=("$!")

ATTEMPTS="$OUT/attempts.txt"
log "submissions at $CONCURRENCY concurrent; PostgreSQL stopped after ${BEFORE_SECONDS} s of load for ${OUTAGE_SECONDS} s"
bench bench-survey-submit "$OUT/submissions.txt" \
  -Dbench.baseUrl="${NODE_URL[kenes]}" -Dbench.surveyId="$SURVEY_ID" -Dbench.roundId="$ROUND_ID" \
  -Dbench.concurrency="$CONCURRENCY" -Dbench.warmupSeconds=0 \
  -Dbench.seconds=$((BEFORE_SECONDS + OUTAGE_SECONDS + AFTER_SECONDS)) -Dbench.allowFailures=true \
  -Dbench.attemptsFile="$ATTEMPTS" >/dev/null &
GEN=$!
BG_PIDS+=("$GEN")

start=$SECONDS
until [[ -s $ATTEMPTS ]]; do
  kill -0 "$GEN" 2>/dev/null || die "the generator ended before the load began, see $OUT/submissions.txt"
  ((SECONDS - start < 120)) || die "no submission attempt within 120 s"
  sleep 0.2
done
sleep "$BEFORE_SECONDS"
down_at=$(date +%s%3N)
pg_stop
log "PostgreSQL stopped"
sleep "$OUTAGE_SECONDS"
pg_start
up_at=$(date +%s%3N)
log "PostgreSQL started again after $(((up_at - down_at) / 1000)) s"
wait "$GEN" || true
BG_PIDS=("${BG_PIDS[0]}")
end_at=$(date +%s%3N)

# attempts that started while the database was down: "<start ms> <status> <latency ms> <problem> <kind>"
awk -v a="$down_at" -v b="$up_at" '$1 >= a && $1 < b' "$ATTEMPTS" >"$OUT/during.txt"
during=$(wc -l <"$OUT/during.txt")
failed_during=$(awk '$2 != 200 && $2 != 201' "$OUT/during.txt" | wc -l)
problem_503=$(awk '$2 == 503 && $4 == 1' "$OUT/during.txt" | wc -l)
statuses=$(awk '{print ($2 == -1 ? "no answer in 10 s" : $2 ($4 == 1 ? " problem+json" : ""))}' "$OUT/during.txt" | sort | uniq -c |
  awk '{n=$1; $1=""; printf "%s%s x%d", sep, substr($0,2), n; sep=", "}')
p99=$(awk '$2 != 200 && $2 != 201 {print $3}' "$OUT/during.txt" | sort -g |
  awk '{v[NR]=$1} END {if (NR == 0) print "-"; else {i=int(NR*0.99); if (i < NR*0.99) i++; if (i < 1) i=1; print v[i]}}')
max=$(awk '$2 != 200 && $2 != 201 {print $3}' "$OUT/during.txt" | sort -g | tail -1)
log "attempts started during the outage: $during; failed $failed_during; statuses: ${statuses:-none}; failure latency p99 ${p99} ms, max ${max:-} ms"

if ((failed_during > 0 && problem_503 == failed_during)); then
  verdict PASS "503 problem+json during the outage" "$failed_during of $during attempts failed, all 503 problem+json"
else
  verdict FAIL "503 problem+json during the outage" "$during attempts, $failed_during failed, $problem_503 of them 503 problem+json: ${statuses:-none}"
fi
if [[ $p99 != - ]] && awk -v p="$p99" -v l="$P99_LIMIT_MS" 'BEGIN {exit !(p < l)}'; then
  verdict PASS "failures are fast" "p99 ${p99} ms, max ${max} ms (limit p99 < ${P99_LIMIT_MS} ms)"
else
  verdict FAIL "failures are fast" "p99 ${p99} ms, max ${max:-?} ms (limit p99 < ${P99_LIMIT_MS} ms)"
fi

down_seen=$(awk -v a="$down_at" -v b="$up_at" '$1 >= a && $1 < b && $2 == 503' "$READY" | head -1 | cut -d' ' -f1)
up_seen=$(awk -v b="$up_at" '$1 >= b && $2 == 200' "$READY" | head -1 | cut -d' ' -f1)
ready_codes=$(awk -v a="$down_at" -v b="$up_at" '$1 >= a && $1 < b {print ($2 == "000" ? "no answer in 3 s" : $2)}' "$READY" |
  sort | uniq -c | awk '{n=$1; $1=""; printf "%s%s x%d", sep, substr($0,2), n; sep=", "}')
if [[ -n $down_seen && -n $up_seen ]]; then
  verdict PASS "readiness DOWN and UP" "not ready $(((down_seen - down_at) / 1000)) s after the stop (${ready_codes}), ready again $(((up_seen - up_at) / 1000)) s after the start"
else
  verdict FAIL "readiness DOWN and UP" "during the outage: ${ready_codes:-no poll}; ready after it: $([[ -n $up_seen ]] && echo "after $(((up_seen - up_at) / 1000)) s" || echo never)"
fi

served_after=$(awk -v b="$up_at" '$1 >= b && ($2 == 200 || $2 == 201)' "$ATTEMPTS" | wc -l)
last_start=$(tail -1 "$ATTEMPTS" | cut -d' ' -f1)
failed_last=$(awk -v t="$((last_start - 10000))" '$1 >= t && $2 != 200 && $2 != 201' "$ATTEMPTS" | wc -l)
first_ok=$(awk -v b="$up_at" '$1 >= b && ($2 == 200 || $2 == 201) {print $1; exit}' "$ATTEMPTS")
same_jvm=no
kill -0 "$PID" 2>/dev/null && [[ ${NODE_PID[kenes]} == "$PID" ]] && same_jvm=yes
if ((served_after > 0 && failed_last == 0)) && [[ $same_jvm == yes ]]; then
  verdict PASS "serves again without a restart" "first submission acknowledged $(((first_ok - up_at) / 1000)) s after the start, $served_after after it, 0 failed in the last 10 s, same JVM (pid $PID)"
else
  verdict FAIL "serves again without a restart" "$served_after acknowledged after the start, $failed_last failed in the last 10 s, same JVM: $same_jvm"
fi

print_verdicts
exit $((FAILED ? 1 : 0))
