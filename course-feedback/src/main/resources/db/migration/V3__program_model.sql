-- Programs gain a level and teaching languages (issue 3, section 1). Existing rows become
-- bachelor programs taught in Kazakh and Russian, the most common case in the demo data.

alter table educational_program add column program_level varchar(32) default 'bachelor' not null;
alter table educational_program add column languages varchar(32) default 'kk,ru' not null;

-- The admin list filters programs by field (and by university: the unique key's first column)
create index ix_educational_program_field on educational_program (field);

-- Versioned modules: program_module is the module's identity (program, code, position) and keeps
-- the current version's title and credits; each change is a new program_module_version row.
-- The outline (competencies, learning outcomes, lessons with steps) is JSON text: written once,
-- always read whole, never queried inside.
alter table program_module add column current_version integer default 1 not null;

create table program_module_version (
  id             bigint          primary key,
  module_id      bigint          not null references program_module (id) on delete cascade,
  version_number integer         not null,
  title          varchar(300)    not null,
  credits        integer         not null,
  hours          integer         not null,
  outline        varchar(1000000) not null,
  created_at     timestamp       not null,
  constraint uq_program_module_version unique (module_id, version_number)
);

-- Modules created before versions existed become version 1 (30 hours per credit, no outline).
-- The module's own id is free as a version id: both come from kenes_seq, which never repeats.
insert into program_module_version
  (id, module_id, version_number, title, credits, hours, outline, created_at)
select id, id, 1, title, credits, credits * 30,
       '{"competencies":[],"learningOutcomes":[],"lessons":[]}', created_at
from program_module;

-- The plan of a course (an LTI context): scalars as columns, its lists (formats, weekly
-- structure, competencies, learning outcomes, authors, prerequisites) as JSON text.
create table course_plan (
  context_ref        bigint           primary key references lti_context (id) on delete cascade,
  title              varchar(300)     not null,
  discipline         varchar(300)     not null,
  training_direction varchar(300)     not null,
  purpose            varchar(4000)    not null,
  outline            varchar(1000000) not null,
  updated_at         timestamp        not null
);
