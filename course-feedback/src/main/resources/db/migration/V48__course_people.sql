-- The people of each course, to find them by name (issue 12; docs/crowdsourcing.md, "Pages": the
-- members page searches the campaign's courses). Written for H2 2.x and PostgreSQL 15 alike.
--
-- lti_user.search_name: the name the pages show (name, else given and family name), folded for
-- searching: lower case, accents and other combining marks removed (Unicode NFD). Written by the
-- LTI adapter at each launch; the rows below are backfilled in lower case only (SQL has no portable
-- accent folding), and folded fully at their next launch.
alter table lti_user add column search_name varchar(300);
update lti_user set search_name = lower(coalesce(nullif(trim(name), ''),
    nullif(trim(concat(coalesce(given_name, ''), ' ', coalesce(family_name, ''))), '')));

-- lti_course_person: who launched from which course, kept for good (sessions expire and are
-- purged). kenes_role: the role of their latest launch there (learner, instructor, admin).
-- Backfilled from the sessions still stored.
create table lti_course_person (
  context_ref    bigint      not null references lti_context (id) on delete cascade,
  user_ref       bigint      not null references lti_user (id) on delete cascade,
  kenes_role     varchar(16) not null,
  first_launch_at timestamp  not null,
  last_launch_at timestamp   not null,
  constraint pk_lti_course_person primary key (context_ref, user_ref)
);
create index ix_lti_course_person_user on lti_course_person (user_ref);

insert into lti_course_person (context_ref, user_ref, kenes_role, first_launch_at, last_launch_at)
select s.context_ref, s.user_ref, max(s.kenes_role), min(s.created_at), max(s.created_at)
  from kenes_session s
 where s.context_ref is not null and s.user_ref is not null and s.kind = 'LTI'
 group by s.context_ref, s.user_ref;
