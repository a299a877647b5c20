-- Universities, educational programs and their modules: the minimum the launch shell and the
-- demo seed need. Programs, versioned modules and course plans grow in later migrations.

create table university (
  id         bigint       primary key,
  code       varchar(64)  not null,
  name       varchar(300) not null,
  created_at timestamp    not null,
  constraint uq_university_code unique (code)
);

create table educational_program (
  id            bigint       primary key,
  university_id bigint       not null references university (id),
  code          varchar(64)  not null,
  name          varchar(300) not null,
  field         varchar(200) not null,
  created_at    timestamp    not null,
  constraint uq_educational_program_code unique (university_id, code)
);

create table program_module (
  id         bigint       primary key,
  program_id bigint       not null references educational_program (id) on delete cascade,
  code       varchar(64)  not null,
  title      varchar(300) not null,
  credits    integer      not null,
  position   integer      not null,
  created_at timestamp    not null,
  constraint uq_program_module_code unique (program_id, code)
);
create index ix_program_module_program on program_module (program_id);

-- Which program modules an LTI context (course) delivers
create table context_module (
  context_ref bigint not null references lti_context (id) on delete cascade,
  module_id   bigint not null references program_module (id) on delete cascade,
  primary key (context_ref, module_id)
);
