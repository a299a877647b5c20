#!/usr/bin/env bash
# kill -9 under load (docs/reliability.md, "kill -9 under load"): survey submissions at 50
# concurrent through an invitation link, Kenes killed with SIGKILL mid-run and started again. The
# generator retries a submission that got no answer (or a 5xx) with the same submissionId for up to
# RETRY_SECONDS, sends 10 % of acknowledged submissions once more on purpose, and writes down every
# submission acknowledged with a 2xx. Afterwards PostgreSQL is asked:
#  - every acknowledged submission is stored (submitted, with its 20 answers);
#  - no submission is stored twice, the link counted one use per stored response, and no repeat
#    was answered 201;
#  - the node served again after the restart.
# Needs a build (mvn install -DskipTests). Takes about 5 minutes. Exit status 0 when every
# criterion passes, 1 when one fails, 2 when the test could not run.
#
# Settings (environment): NODE_HTTP/NODE_HTTPS (9380/9743), PG_PORT (5498), CONCURRENCY (50),
# KILL_AFTER_ACKS (2000: acknowledged submissions before the kill), SECONDS_MEASURED (240: long
# enough that load goes on well after a slow restart on a busy 2-core machine),
# RETRY_SECONDS (150).
source "$(dirname "$0")/lib.sh"

HTTP=${NODE_HTTP:-9380} HTTPS=${NODE_HTTPS:-9743}
CONCURRENCY=${CONCURRENCY:-50}
KILL_AFTER_ACKS=${KILL_AFTER_ACKS:-2000}
SECONDS_MEASURED=${SECONDS_MEASURED:-240}
RETRY_SECONDS=${RETRY_SECONDS:-150}

require_build "$HTTP" "$HTTPS" "$PG_PORT"
pg_create
node_create kenes "$HTTP" "$HTTPS" "http://localhost:$HTTP"
node_start kenes --clean
node_wait_ready kenes
survey_data

ACKS="$OUT/acknowledged.txt"
log "submissions at $CONCURRENCY concurrent into round $ROUND_ID; SIGKILL after $KILL_AFTER_ACKS acknowledged"
bench bench-survey-submit "$OUT/submissions.txt" \
  -Dbench.baseUrl="${NODE_URL[kenes]}" -Dbench.surveyId="$SURVEY_ID" -Dbench.roundId="$ROUND_ID" \
  -Dbench.concurrency="$CONCURRENCY" -Dbench.warmupSeconds=0 -Dbench.seconds="$SECONDS_MEASURED" \
  -Dbench.retrySeconds="$RETRY_SECONDS" -Dbench.repeatPercent=10 -Dbench.allowFailures=true \
  -Dbench.acknowledgedFile="$ACKS" -Dbench.attemptsFile="$OUT/attempts.txt" >/dev/null &
GEN=$!
BG_PIDS+=("$GEN")

start=$SECONDS
until [[ -f $ACKS ]] && (($(wc -l <"$ACKS") >= KILL_AFTER_ACKS)); do
  kill -0 "$GEN" 2>/dev/null || die "the generator ended before the kill, see $OUT/submissions.txt"
  ((SECONDS - start < 240)) || die "fewer than $KILL_AFTER_ACKS submissions acknowledged in 240 s"
  sleep 0.2
done
acked_before=$(wc -l <"$ACKS")
node_kill9 kenes
killed_at=$(date +%s%3N)
node_start kenes
node_wait_ready kenes
ready_after=$((($(date +%s%3N) - killed_at) / 1000))
log "waiting for the generator (its window and retries)"
gen_status=0
wait "$GEN" || gen_status=$?
BG_PIDS=()

INVITATION=$(sed -n 's/^INVITATION_ID=//p' "$OUT/submissions.txt" | head -1)
[[ -n $INVITATION ]] || die "no invitation id in $OUT/submissions.txt (generator exit status $gen_status)"

psql_value "create table rel_ack (submission_id text, status int, attempts int)"
"$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d kenes -q -v ON_ERROR_STOP=1 \
  -c "\\copy rel_ack from '$ACKS' with (format text, delimiter ' ')"
acknowledged=$(psql_value "select count(distinct submission_id) from rel_ack")
ack_200=$(psql_value "select count(*) from rel_ack where status = 200")
retried=$(psql_value "select count(*) from rel_ack where attempts > 1")
stored=$(psql_value "select count(*) from rel_ack a join survey_response r
  on r.round_id = $ROUND_ID and r.respondent_key = 'inv:' || lower(a.submission_id)
  where r.submitted_at is not null")
incomplete=$(psql_value "select count(*) from survey_response r where r.invitation_id = $INVITATION
  and (select count(*) from survey_answer a where a.response_id = r.id) <> 20")
link_responses=$(psql_value "select count(*) from survey_response where invitation_id = $INVITATION")
link_uses=$(psql_value "select uses from survey_invitation where id = $INVITATION")
duplicates=$(psql_value "select count(*) from (select respondent_key from survey_response
  where round_id = $ROUND_ID group by respondent_key having count(*) > 1) d")
unacknowledged=$(psql_value "select count(*) from survey_response r where r.invitation_id = $INVITATION
  and not exists (select 1 from rel_ack a where r.respondent_key = 'inv:' || lower(a.submission_id))")
repeats=$(sed -n 's/^ *repeated *//p' "$OUT/submissions.txt")
repeats_201=$(sed -n 's/^ *repeated .* answered 200, \([0-9]*\) 201.*/\1/p' "$OUT/submissions.txt")
failed=$(result_field "$OUT/submissions.txt" "RESULT submissions" failed)
acked_after_restart=$(awk -v t="$killed_at" '$1 > t && ($2 == 200 || $2 == 201)' "$OUT/attempts.txt" | wc -l)

log "acknowledged $acknowledged ($acked_before before the kill; $ack_200 answered 200 by a retry that found an unanswered attempt stored; $retried needed retries); stored $stored of them; the link holds $link_responses responses, $unacknowledged of them never acknowledged; generator: ${failed:-?} submissions never acknowledged"
if ((acknowledged > acked_before && stored == acknowledged)); then
  verdict PASS "every acknowledged submission stored" "acknowledged $acknowledged, stored $stored ($acked_before acknowledged before the kill)"
else
  verdict FAIL "every acknowledged submission stored" "acknowledged $acknowledged, stored $stored ($acked_before before the kill)"
fi
if ((incomplete == 0)); then
  verdict PASS "stored submissions complete" "every response of the link has its 20 answers"
else
  verdict FAIL "stored submissions complete" "$incomplete responses without their 20 answers"
fi
if ((duplicates == 0 && link_uses == link_responses)) && [[ ${repeats_201:-x} == 0 ]]; then
  verdict PASS "retries make no duplicate" "0 respondents stored twice; link uses $link_uses = responses $link_responses; $retried submissions retried, $ack_200 of them found stored; repeats: $repeats"
else
  verdict FAIL "retries make no duplicate" "$duplicates respondents stored twice; link uses $link_uses, responses $link_responses; repeats: ${repeats:-none reported}"
fi
if ((acked_after_restart > 0)); then
  verdict PASS "serves again after the restart" "ready $ready_after s after the kill; $acked_after_restart submissions acknowledged after it"
else
  verdict FAIL "serves again after the restart" "no submission acknowledged after the kill"
fi

print_verdicts
exit $((FAILED ? 1 : 0))
