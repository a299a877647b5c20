#!/usr/bin/env bash
# Times the SQL of the module feedback pages (docs/performance.md, "Module feedback") on the
# benchmark data of module-feedback-data.sql: each statement the instructor's module page and the
# administrator's program overview run, with the statements' own text (JdbcModuleFeedbackQueries,
# OpenAnswerSql; 8 is the overview's statement before V34's summary, 9 the one it runs now), RUNS times after WARMUP unmeasured runs; prints the median and the maximum in ms,
# and EXPLAIN (ANALYZE, BUFFERS) of each with EXPLAIN=1.
#   scripts/bench/module-feedback-timing.sh <schema> <module id> <file of module ids, comma separated>
set -euo pipefail
schema=$1 module=$2 ids=$(cat "$3")
runs=${RUNS:-21} warmup=${WARMUP:-3}
psql_args=(-h "${PGHOST:-127.0.0.1}" -U "${PGUSER:-postgres}" -d "${PGDATABASE:-test}" -X -q)
mean="(cast(scale_sum as double precision) / scale_count)"
levels="sum(case when scale_sum >= 2.5 * scale_count then 1 else 0 end), sum(case when scale_sum < 1.5 * scale_count then 1 else 0 end)"
cells="((a.module_version = 1 and r.group_code = 'learner') or (a.module_version = 1 and r.group_code = 'employer') or (a.module_version = 1 and r.group_code = 'graduate') or (a.module_version = 1 and r.group_code = 'applicant') or (a.module_version = 2 and r.group_code = 'learner') or (a.module_version = 2 and r.group_code = 'employer') or (a.module_version = 2 and r.group_code = 'graduate') or (a.module_version = 2 and r.group_code = 'applicant'))"
from="from module_rating_answer a join module_rating r on r.id = a.rating_id left join module_answer_moderation m on m.rating_id = a.rating_id and m.item_id = a.item_id where a.module_id = $module and a.score is null and a.answer_text is not null and $cells"
declare -A sql=(
  [1-versions]="select module_version, count(*), sum($mean), sum($mean * $mean), $levels from module_rating where module_id = $module and scale_count > 0 group by module_version order by module_version"
  [2-groups]="select module_version, group_code, count(*), sum($mean), sum($mean * $mean), $levels from module_rating where module_id = $module and scale_count > 0 group by module_version, group_code order by module_version, group_code"
  [3-items-v1]="select item_code, score, count(*) from module_rating_answer where module_id = $module and module_version = 1 and score is not null group by item_code, score"
  [4-items-v2]="select item_code, score, count(*) from module_rating_answer where module_id = $module and module_version = 2 and score is not null group by item_code, score"
  [5-open-count]="select sum(case when coalesce(m.hidden, false) then 0 else 1 end), sum(case when coalesce(m.hidden, false) then 1 else 0 end) $from"
  [6-open-page]="select a.rating_id, a.item_id, a.module_version, r.group_code, a.item_code, a.answer_text, r.updated_at, coalesce(m.hidden, false), coalesce(m.idea, false), m.hidden_reason, m.hidden_by, m.hidden_at, m.idea_by, m.idea_at $from and coalesce(m.hidden, false) = false order by r.updated_at desc, r.id desc, a.item_code offset 0 rows fetch next 20 rows only"
  [7-open-search-count]="select sum(case when coalesce(m.hidden, false) then 0 else 1 end), sum(case when coalesce(m.hidden, false) then 1 else 0 end) $from and lower(a.answer_text) like '%idea 99%'"
  [8-overview-200-modules]="select module_id, module_version, count(*), sum($mean), sum($mean * $mean), $levels from module_rating where scale_count > 0 and module_id in ($ids) group by module_id, module_version order by module_id, module_version"
  [9-overview-summary]="select module_id, module_version, sum(ratings), sum(cast(scale_sum as double precision) / scale_count), sum(cast(scale_sum_sq as double precision) / (cast(scale_count as double precision) * scale_count)), sum(high), sum(low) from module_rating_summary where module_id in ($ids) group by module_id, module_version having sum(ratings) > 0 order by module_id, module_version"
)
echo "schema $schema, module $module, $warmup warm-up then $runs runs; $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"
for name in $(printf '%s\n' "${!sql[@]}" | sort); do
  script="set search_path to $schema;"
  for _ in $(seq "$warmup"); do script+="${sql[$name]};"; done
  script+=$'\n\\timing on\n'
  for _ in $(seq "$runs"); do script+="${sql[$name]};"$'\n'; done
  psql "${psql_args[@]}" -c '' >/dev/null
  times=$(printf '%s' "$script" | psql "${psql_args[@]}" -o /dev/null 2>&1 | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | sort -n)
  median=$(printf '%s\n' "$times" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  max=$(printf '%s\n' "$times" | tail -1)
  printf '%-24s median %8.2f ms   max %8.2f ms\n' "$name" "$median" "$max"
  if [[ "${EXPLAIN:-0}" == 1 ]]; then
    printf 'set search_path to %s; explain (analyze, buffers) %s;' "$schema" "${sql[$name]}" | psql "${psql_args[@]}"
  fi
done
