-- Gating of a course's own lessons (issue 13, section 3): sequence rules and where quizzes stand.
-- Written for H2 2.x and PostgreSQL 15 alike.
--
-- lesson_gate: lesson lesson_no (from 0, in the module's current version) of a module the course
-- delivers, or only its step step_no (-1: the whole lesson), opens to a learner once they have
-- passed quiz_id. Several rules on one lesson must all hold.
create table lesson_gate (
  id          bigint    primary key,
  context_ref bigint    not null references lti_context (id) on delete cascade,
  module_id   bigint    not null references program_module (id) on delete cascade,
  lesson_no   integer   not null,
  step_no     integer   not null,
  quiz_id     bigint    not null references quiz (id) on delete cascade,
  created_by  bigint    references lti_user (id) on delete set null,
  created_at  timestamp not null,
  constraint uq_lesson_gate unique (context_ref, module_id, lesson_no, step_no, quiz_id)
);
create index ix_lesson_gate_quiz on lesson_gate (quiz_id);

-- quiz_lesson: the lesson a quiz checks. A learner who fails it is sent back to that lesson, and
-- the quiz is locked while its lesson is. At most one lesson per quiz.
create table quiz_lesson (
  quiz_id     bigint  primary key references quiz (id) on delete cascade,
  context_ref bigint  not null references lti_context (id) on delete cascade,
  module_id   bigint  not null references program_module (id) on delete cascade,
  lesson_no   integer not null
);
create index ix_quiz_lesson_course on quiz_lesson (context_ref);
