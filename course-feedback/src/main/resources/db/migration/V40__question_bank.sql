-- Question banks (issue 13, "question bank per program/module"): questions kept per program module
-- (its stable id, not a version), tagged by competency and learning outcome, that quizzes draw
-- from in pools. Written for H2 2.x and PostgreSQL 15 alike. See docs/quizzes.md ("Question banks
-- and pools") and ADR 0028.
--
-- bank_question.question is the question as JSON text (quiz.domain.Question, the same shape as a
-- quiz's questions, its competency tags inside); outcomes is the learning-outcome tags as JSON
-- text. code is unique within the module's bank. A question removed from the bank stays in the
-- attempts that drew it: an attempt keeps its own copy (quiz_attempt.paper).
create table bank_question (
  id          bigint          primary key,
  program_id  bigint          not null references educational_program (id) on delete cascade,
  module_id   bigint          not null references program_module (id) on delete cascade,
  code        varchar(32)     not null,
  question    varchar(200000) not null,
  outcomes    varchar(8000)   not null,
  created_by  bigint          references lti_user (id) on delete set null,
  created_at  timestamp       not null,
  updated_at  timestamp       not null,
  version     integer         not null,
  constraint uq_bank_question_code unique (module_id, code)
);
create index ix_bank_question_module on bank_question (module_id, id);

-- The tags of a bank question as a pool matches them: kind C (competency) or O (learning outcome)
-- and the tag folded to lower case with its spaces collapsed (quiz.domain.BankTag.key).
create table bank_question_tag (
  question_id bigint       not null references bank_question (id) on delete cascade,
  kind        varchar(1)   not null,
  tag_key     varchar(200) not null,
  primary key (question_id, kind, tag_key)
);
create index ix_bank_question_tag on bank_question_tag (kind, tag_key, question_id);

-- A quiz's settings now carry its pool draws (up to 20, each naming a bank and two tags).
alter table quiz alter column settings set data type varchar(20000);
