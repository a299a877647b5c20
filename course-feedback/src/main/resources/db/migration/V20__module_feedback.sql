-- Module feedback (issue 11, section 1): a learner rates one module version with the items of the
-- module feedback instrument (an instrument of the survey context whose items are asked about one
-- module). One rating per respondent and module version; a new module version asks again and the
-- old rating stays with the old version. Written for H2 2.x and PostgreSQL 15 alike.
--
-- respondent_key: 'lti:<lti_user.id>' for a learner. submission_id: the client's id of the last
-- submission, so that a repeated request is answered without writing again.
create table module_rating (
  id                    bigint       primary key,
  module_id             bigint       not null references program_module (id) on delete cascade,
  module_version        integer      not null,
  respondent_key        varchar(128) not null,
  group_code            varchar(32)  not null references stakeholder_group (code),
  user_ref              bigint       references lti_user (id) on delete set null,
  context_ref           bigint       references lti_context (id) on delete set null,
  instrument_version_id bigint       not null references instrument_version (id),
  submission_id         varchar(64),
  scale_sum             integer      not null,
  scale_count           integer      not null,
  created_at            timestamp    not null,
  updated_at            timestamp    not null,
  constraint uq_module_rating_respondent unique (module_id, module_version, respondent_key)
);
create index ix_module_rating_respondent on module_rating (respondent_key, module_id);

-- A rating's answers. item_code is copied from the item so that a report groups the answers of
-- several instrument versions by code; module_id and module_version are copied from the rating so
-- that the report's GROUP BY needs no join. score: the scale answer as it counts (3 - answer_value
-- when the item is reversed); answer_text: an open answer.
create table module_rating_answer (
  rating_id      bigint        not null references module_rating (id) on delete cascade,
  item_id        bigint        not null references instrument_item (id),
  item_code      varchar(32)   not null,
  module_id      bigint        not null,
  module_version integer       not null,
  answer_value   smallint,
  score          smallint,
  answer_text    varchar(8000),
  primary key (rating_id, item_id)
);
create index ix_module_rating_answer_report on module_rating_answer (module_id, module_version, item_code, score);
