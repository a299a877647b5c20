#!/usr/bin/env bash
# Two Kenes nodes on one PostgreSQL (docs/reliability.md, "Two nodes"):
#  1. the launch load generator sends each flow's login to node A and its launch and landing to
#     node B: no flow may fail;
#  2. the generator's platform registration is then deleted through node A's admin API, and node B
#     is probed (a whole launch every 250 ms, and its frame-ancestors) until it refuses the platform:
#     that must happen within the documented bound (30 s: FrameAncestors.LIFETIME,
#     CachedRegistrationLookup.TIME_TO_LIVE).
# Needs a build (mvn install -DskipTests). Takes about 3 minutes. Exit status 0 when every
# criterion passes, 1 when one fails, 2 when the test could not run.
#
# Settings (environment): NODE_A_HTTP/NODE_A_HTTPS (9380/9743), NODE_B_HTTP/NODE_B_HTTPS
# (9480/9843), PG_PORT (5498), CONCURRENCY (20), SECONDS_MEASURED (30), BOUND_SECONDS (30).
source "$(dirname "$0")/lib.sh"

A_HTTP=${NODE_A_HTTP:-9380} A_HTTPS=${NODE_A_HTTPS:-9743}
B_HTTP=${NODE_B_HTTP:-9480} B_HTTPS=${NODE_B_HTTPS:-9843}
CONCURRENCY=${CONCURRENCY:-20}
SECONDS_MEASURED=${SECONDS_MEASURED:-30}
BOUND_SECONDS=${BOUND_SECONDS:-30}

require_build "$A_HTTP" "$A_HTTPS" "$B_HTTP" "$B_HTTPS" "$PG_PORT"
pg_create
PUBLIC="http://localhost:$A_HTTP"
node_create nodeA "$A_HTTP" "$A_HTTPS" "$PUBLIC"
node_create nodeB "$B_HTTP" "$B_HTTPS" "$PUBLIC"
# A migrates the schema first; B then finds it done
node_start nodeA --clean
node_wait_ready nodeA
node_start nodeB --clean
node_wait_ready nodeB

log "load: logins to node A, launches and landings to node B, $CONCURRENCY concurrent, ${SECONDS_MEASURED} s"
status=0
bench bench-load "$OUT/launch-load.txt" \
  -Dbench.baseUrl="${NODE_URL[nodeB]}" -Dbench.loginBaseUrl="${NODE_URL[nodeA]}" \
  -Dbench.concurrency="$CONCURRENCY" -Dbench.seconds="$SECONDS_MEASURED" -Dbench.warmupSeconds=5 \
  -Dbench.removalCheckSeconds=$((BOUND_SECONDS + 30)) -Dbench.removalBoundSeconds="$BOUND_SECONDS" ||
  status=$?

completed=$(result_field "$OUT/launch-load.txt" "RESULT flows" completed)
failed=$(result_field "$OUT/launch-load.txt" "RESULT flows" failed)
rate=$(result_field "$OUT/launch-load.txt" "RESULT flows" flows_per_s)
if [[ -z $failed ]]; then
  verdict FAIL "flows across nodes" "the generator printed no result (exit status $status), see $OUT/launch-load.txt"
elif ((failed == 0 && completed > 0)); then
  verdict PASS "flows across nodes" "$completed flows completed ($rate/s), 0 failed (login on A, launch and landing on B)"
else
  verdict FAIL "flows across nodes" "$completed completed, $failed failed"
fi

removal=$(grep '^RESULT removal' "$OUT/launch-load.txt" | tail -1 || true)
if [[ -z $removal ]]; then
  verdict FAIL "deleted registration refused by the other node" "no removal result, see $OUT/launch-load.txt"
else
  refused=$(result_field "$OUT/launch-load.txt" "RESULT removal" refused_after)
  unframed=$(result_field "$OUT/launch-load.txt" "RESULT removal" unframed_after)
  accepted=$(result_field "$OUT/launch-load.txt" "RESULT removal" accepted_after_delete)
  errors=$(result_field "$OUT/launch-load.txt" "RESULT removal" errors)
  detail="node B refused launches from $refused, stopped framing from $unframed (bound ${BOUND_SECONDS} s); $accepted launches accepted after the delete, $errors errors"
  if [[ $removal == *PASS ]]; then
    verdict PASS "deleted registration refused by the other node" "$detail"
  else
    verdict FAIL "deleted registration refused by the other node" "$detail"
  fi
fi

print_verdicts
exit $((FAILED ? 1 : 0))
