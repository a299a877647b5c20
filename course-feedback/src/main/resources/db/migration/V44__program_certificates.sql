-- Certificates of whole programs (issue 13, docs/certificates.md "Certificates of a program",
-- docs/adr/0030). Written for H2 2.x and PostgreSQL 15 alike.
--
-- A certificate gets a scope: 'course' (as before: context_ref set, program_id null) or 'program'
-- (program_id set, context_ref null). The number, status list position, audit trail, PDF and
-- verification are shared. program_courses: what a program certificate lists, one course per line
-- ("<course title>: <module>, <module>"), copied when it is issued. active_key of a program
-- certificate: 'program:<program_id>:<user_ref>' while valid.
alter table certificate add column scope varchar(10) default 'course' not null;
alter table certificate add column program_id bigint;
alter table certificate add column program_courses varchar(8000) default '' not null;
alter table certificate alter column context_ref drop not null;
alter table certificate add constraint ck_certificate_scope check (
  (scope = 'course' and context_ref is not null and program_id is null)
  or (scope = 'program' and program_id is not null and context_ref is null));
create index ix_certificate_program on certificate (program_id, issued_at);
create index ix_certificate_holder on certificate (user_ref, scope);

-- A program's completion rules and certificate text, set by its administrators. required_courses:
-- course (LTI context) ids separated by commas; empty for every course that delivers a module of
-- the program. min_percent: over the required courses' overall quiz percentages. competencies: one
-- per line (defaulted from the program's modules on the page).
create table program_certificate_rules (
  program_id       bigint        primary key references educational_program (id) on delete cascade,
  required_courses varchar(4000) not null,
  min_percent      integer,
  auto_issue       boolean       not null,
  title            varchar(300)  not null,
  hours            integer,
  credits          numeric(8,2),
  competencies     varchar(5000) not null,
  updated_at       timestamp     not null
);
