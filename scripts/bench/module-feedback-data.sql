-- Module feedback benchmark data (docs/performance.md, "Module feedback"): 1,000,000 module
-- ratings across 200 modules, written with generate_series into the schema psql is pointed at
-- (search_path), which Kenes's migrations (V34 or later) must already have made. When the module
-- feedback instrument is not installed there yet, a stand-in with its five item codes is.
--   psql -h 127.0.0.1 -U postgres -d test -v schema=<schema> -f module-feedback-data.sql
-- One university, 10 programs in 4 fields, 20 modules each (current version 2); each rating is
-- version 1 or 2 of a module, group learner (70 %), employer, graduate or applicant (10 % each),
-- four scale answers 0..3 and, for one rating in ten, an open answer.
\set ON_ERROR_STOP on
set search_path to :schema;

insert into survey_instrument (id, code, audience, current_version, created_at)
select nextval('kenes_seq'), 'module-feedback', 'learner', 1, now()
where not exists (select 1 from survey_instrument where code = 'module-feedback');
insert into instrument_version (id, instrument_id, version_number, title, description, high_from,
  dissatisfied_below, created_at)
select nextval('kenes_seq'), s.id, 1, '{"en":"Module feedback"}', '{"en":""}', 2.5, 1.5, now()
from survey_instrument s
where s.code = 'module-feedback'
  and not exists (select 1 from instrument_version v where v.instrument_id = s.id);
insert into instrument_item (id, version_id, position, code, kind, reversed, content)
select nextval('kenes_seq'), v.id, c.position, c.code, c.kind, false, '{"text":{"en":"' || c.code || '"}}'
from survey_instrument s join instrument_version v on v.instrument_id = s.id
cross join (values (1, 'M01', 'scale'), (2, 'M02', 'scale'), (3, 'M03', 'scale'), (4, 'M04', 'scale'),
                   (5, 'M05', 'open')) as c (position, code, kind)
where s.code = 'module-feedback'
  and not exists (select 1 from instrument_item i where i.version_id = v.id);

create temporary table bench_module as
with u as (
  insert into university (id, code, name, created_at)
  values (nextval('kenes_seq'), 'BENCH-' || floor(extract(epoch from now())), 'Bench University', now())
  returning id
), p as (
  insert into educational_program (id, university_id, code, name, field, created_at)
  select nextval('kenes_seq'), u.id, 'P' || g,
         'Program ' || g,
         (array['Agriculture and veterinary', 'Engineering and IT', 'Education', 'Health'])[1 + g % 4],
         now()
  from u, generate_series(1, 10) g
  returning id
)
select p.id as program_id, m as position from p, generate_series(1, 20) m;

create temporary table bench_module_ids as
with inserted as (
  insert into program_module (id, program_id, code, title, credits, position, created_at, current_version)
  select nextval('kenes_seq'), program_id, 'M' || position, 'Module ' || position, 5, position, now(), 2
  from bench_module
  returning id
)
select id, row_number() over (order by id) - 1 as n from inserted;

-- versions 1 and 2 of each module (the rating pages and links read the current one)
insert into program_module_version (id, module_id, version_number, title, credits, hours, outline,
  created_at)
select nextval('kenes_seq'), id, v, 'Module ' || n, 5, 150,
       '{"competencies":[],"learningOutcomes":[],"lessons":[]}', now()
from bench_module_ids, generate_series(1, 2) v;

create temporary table bench_items as
select i.id, i.code from instrument_item i
join instrument_version v on v.id = i.version_id
join survey_instrument s on s.id = v.instrument_id
where s.code = 'module-feedback' and v.version_number = s.current_version;

create temporary table bench_rating as
select g, nextval('kenes_seq') as id,
       (select id from bench_module_ids where n = g % 200) as module_id,
       1 + (g / 200) % 2 as module_version,
       case when g % 10 < 7 then 'learner' when g % 10 = 7 then 'employer'
            when g % 10 = 8 then 'graduate' else 'applicant' end as group_code,
       (hashtext(g::text || 'a') & 3) as s1, (hashtext(g::text || 'b') & 3) as s2,
       (hashtext(g::text || 'c') & 3) as s3, (hashtext(g::text || 'd') & 3) as s4,
       timestamp '2026-01-01' + (g || ' seconds')::interval as at
from generate_series(1, 1000000) g;

insert into module_rating (id, module_id, module_version, respondent_key, group_code,
  instrument_version_id, scale_sum, scale_count, created_at, updated_at)
select id, module_id, module_version, 'bench:' || g, group_code,
       (select version_id from instrument_item where id = (select min(id) from bench_items)),
       s1 + s2 + s3 + s4, 4, at, at
from bench_rating;

insert into module_rating_answer (rating_id, item_id, item_code, module_id, module_version,
  answer_value, score, answer_text)
select r.id, i.id, i.code, r.module_id, r.module_version,
       case i.code when 'M01' then r.s1 when 'M02' then r.s2 when 'M03' then r.s3 else r.s4 end,
       case i.code when 'M01' then r.s1 when 'M02' then r.s2 when 'M03' then r.s3 else r.s4 end,
       null
from bench_rating r join bench_items i on i.code in ('M01', 'M02', 'M03', 'M04');

insert into module_rating_answer (rating_id, item_id, item_code, module_id, module_version,
  answer_value, score, answer_text)
select r.id, i.id, i.code, r.module_id, r.module_version, null, null,
       'More practical labs and field work, idea ' || r.g
from bench_rating r join bench_items i on i.code = 'M05'
where r.g % 10 = 0;

-- the program overview's summary (V34), which Kenes's own rating writes keep
insert into module_rating_summary (module_id, module_version, scale_count, ratings, scale_sum,
  scale_sum_sq, high, low)
select module_id, module_version, scale_count, count(*), sum(scale_sum),
       sum(cast(scale_sum as bigint) * scale_sum),
       sum(case when scale_sum >= 2.5 * scale_count then 1 else 0 end),
       sum(case when scale_sum < 1.5 * scale_count then 1 else 0 end)
from module_rating where module_id in (select id from bench_module_ids) and scale_count > 0
group by module_id, module_version, scale_count;

analyze module_rating;
analyze module_rating_summary;
analyze module_rating_answer;
select (select count(*) from module_rating) as ratings,
       (select count(*) from module_rating_answer) as answers,
       (select min(id) from bench_module_ids) as first_module,
       (select string_agg(id::text, ',') from bench_module_ids) as module_ids
\gset
\echo ratings :ratings answers :answers first module :first_module
\o module-ids.txt
\echo :module_ids
\o
