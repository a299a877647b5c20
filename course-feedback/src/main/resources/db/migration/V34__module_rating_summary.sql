-- Module feedback at scale (issue 11, section 5; docs/performance.md, "Module feedback"). Written
-- for H2 2.x and PostgreSQL 15 alike.
--
-- module_rating_summary: the program overview's totals per module version, kept by the rating's
-- own write (JpaModuleRatingRepository.store, in the same transaction), so that the overview reads
-- a few rows per module instead of every rating. One row per module, module version and scale
-- count (the number of scale items answered: a rating's mean is scale_sum / scale_count, so the
-- sums stay exact integers across forms of different lengths): the ratings, the sum and the sum of
-- squares of their scale sums, and how many are at the high (mean >= 2.5) and the dissatisfied
-- (mean < 1.5) level of the default cut-offs. A changed rating moves its old totals out and its new
-- ones in.
create table module_rating_summary (
  module_id      bigint  not null references program_module (id) on delete cascade,
  module_version integer not null,
  scale_count    integer not null,
  ratings        bigint  not null,
  scale_sum      bigint  not null,
  scale_sum_sq   bigint  not null,
  high           bigint  not null,
  low            bigint  not null,
  primary key (module_id, module_version, scale_count)
);

insert into module_rating_summary (module_id, module_version, scale_count, ratings, scale_sum,
  scale_sum_sq, high, low)
select module_id, module_version, scale_count, count(*), sum(scale_sum),
       sum(cast(scale_sum as bigint) * scale_sum),
       sum(case when scale_sum >= 2.5 * scale_count then 1 else 0 end),
       sum(case when scale_sum < 1.5 * scale_count then 1 else 0 end)
from module_rating where scale_count > 0
group by module_id, module_version, scale_count;

-- The module report's open answers: a module's open answer rows (score null) found in the index
-- by module and version, with the rating to join, without reading the module's scale answer rows.
create index ix_module_rating_answer_open on module_rating_answer (module_id, score,
  module_version, rating_id);
