-- Surveys (issue 3, sections 2 and 3): stakeholder groups, versioned instruments with their
-- items, surveys run in rounds, invitation links for people without an LMS account, and the
-- responses with their answers. Written for H2 2.x and PostgreSQL 15 alike.
--
-- Analytics reads only submitted answers: a draft lives as JSON text on its response until it
-- is submitted, and survey_answer holds submitted answers alone, with the round and group copied
-- from the response so that the report's GROUP BY needs no join.

create table stakeholder_group (
  code       varchar(32)  primary key,
  name       varchar(2000) not null,
  built_in   boolean      not null,
  created_at timestamp    not null
);

-- name: JSON {"kk","ru","en"}
insert into stakeholder_group (code, name, built_in, created_at) values
  ('learner',   '{"kk":"Білім алушылар","ru":"Обучающиеся","en":"Learners"}', true, current_timestamp),
  ('applicant', '{"kk":"Талапкерлер","ru":"Абитуриенты","en":"Applicants"}', true, current_timestamp),
  ('employer',  '{"kk":"Жұмыс берушілер","ru":"Работодатели","en":"Employers"}', true, current_timestamp),
  ('graduate',  '{"kk":"Түлектер","ru":"Выпускники","en":"Graduates"}', true, current_timestamp);

create table survey_instrument (
  id              bigint      primary key,
  code            varchar(64) not null,
  audience        varchar(32),
  current_version integer     not null,
  created_at      timestamp   not null,
  constraint uq_survey_instrument_code unique (code)
);

-- title, description: JSON {"kk","ru","en"}; the level cut-offs apply to the mean of the
-- respondent's scored scale items
create table instrument_version (
  id                 bigint           primary key,
  instrument_id      bigint           not null references survey_instrument (id) on delete cascade,
  version_number     integer          not null,
  title              varchar(4000)    not null,
  description        varchar(16000)   not null,
  high_from          double precision not null,
  dissatisfied_below double precision not null,
  created_at         timestamp        not null,
  constraint uq_instrument_version unique (instrument_id, version_number)
);

-- kind: scale | single | multiple | open. content: JSON {"text":{…},"options":[{"code","text"}]}.
-- An item may target a program module.
create table instrument_item (
  id         bigint          primary key,
  version_id bigint          not null references instrument_version (id) on delete cascade,
  position   integer         not null,
  code       varchar(32)     not null,
  kind       varchar(16)     not null,
  reversed   boolean         not null,
  module_id  bigint          references program_module (id) on delete set null,
  content    varchar(100000) not null,
  constraint uq_instrument_item_code unique (version_id, code)
);
create index ix_instrument_item_version on instrument_item (version_id, position);

-- A survey asks one instrument about one program (or one of its modules) in rounds. Learners of
-- the courses that deliver the program's modules (the module, when set) answer it from LTI.
create table survey (
  id            bigint       primary key,
  title         varchar(300) not null,
  instrument_id bigint       not null references survey_instrument (id),
  program_id    bigint       not null references educational_program (id) on delete cascade,
  module_id     bigint       references program_module (id) on delete cascade,
  created_at    timestamp    not null
);
create index ix_survey_program on survey (program_id);

-- kind: baseline | follow_up | other. A round keeps the instrument version it was opened with.
-- closed_at set: closed by hand before closes_at. revision_ref: the program revision a follow-up
-- round measures (revision records arrive in a later issue).
create table survey_round (
  id                    bigint       primary key,
  survey_id             bigint       not null references survey (id) on delete cascade,
  position              integer      not null,
  kind                  varchar(16)  not null,
  label                 varchar(200) not null,
  instrument_version_id bigint       not null references instrument_version (id),
  opens_at              timestamp    not null,
  closes_at             timestamp    not null,
  closed_at             timestamp,
  revision_ref          bigint,
  created_at            timestamp    not null,
  constraint uq_survey_round_position unique (survey_id, position)
);
create index ix_survey_round_version on survey_round (instrument_version_id);

-- An invitation link: only the SHA-256 of its token is stored. max_uses 1 is a single-use link.
create table survey_invitation (
  id         bigint       primary key,
  round_id   bigint       not null references survey_round (id) on delete cascade,
  token_hash varchar(64)  not null,
  group_code varchar(32)  not null references stakeholder_group (code),
  label      varchar(200),
  max_uses   integer      not null,
  uses       integer      not null,
  anonymous  boolean      not null,
  expires_at timestamp    not null,
  revoked_at timestamp,
  created_at timestamp    not null,
  constraint uq_survey_invitation_token unique (token_hash)
);
create index ix_survey_invitation_round on survey_invitation (round_id);

-- One response per respondent and round. respondent_key: 'lti:<lti_user.id>' for a learner,
-- 'inv:<submission id>' for an invited respondent. pair_code links the same person across rounds
-- (a learner's user id; an invited respondent's own code, hashed), null when anonymous.
-- scale_sum and scale_count: the respondent's scored scale answers, so a scale score is
-- scale_sum / scale_count without reading the answers.
create table survey_response (
  id             bigint          primary key,
  round_id       bigint          not null references survey_round (id) on delete cascade,
  respondent_key varchar(128)    not null,
  group_code     varchar(32)     not null references stakeholder_group (code),
  user_ref       bigint          references lti_user (id) on delete set null,
  context_ref    bigint          references lti_context (id) on delete set null,
  invitation_id  bigint          references survey_invitation (id) on delete set null,
  pair_code      varchar(64),
  status         varchar(16)     not null,
  draft          varchar(200000),
  scale_sum      integer         not null,
  scale_count    integer         not null,
  created_at     timestamp       not null,
  updated_at     timestamp       not null,
  submitted_at   timestamp,
  constraint uq_survey_response_respondent unique (round_id, respondent_key)
);
create index ix_survey_response_round_group on survey_response (round_id, status, group_code);
create index ix_survey_response_pair on survey_response (pair_code);

-- A submitted answer. answer_value: the raw answer of a scale item (0..3) or the index of the chosen
-- option of a single-choice item; score: the scale answer as it counts (3 - answer_value when the item
-- is reversed); choices: option codes of a multiple-choice item, comma separated; answer_text: an open
-- answer.
create table survey_answer (
  response_id bigint        not null references survey_response (id) on delete cascade,
  item_id     bigint        not null references instrument_item (id),
  round_id    bigint        not null,
  group_code  varchar(32)   not null,
  answer_value smallint,
  score        smallint,
  choices      varchar(2000),
  answer_text  varchar(8000),
  primary key (response_id, item_id)
);
create index ix_survey_answer_report on survey_answer (round_id, group_code, item_id, score);
