-- Quizzes (issue 13, the quiz half): a course's quizzes, every attempt of every learner, and what
-- instructors granted a learner beyond a quiz's settings, with its audit trail. Written for H2 2.x
-- and PostgreSQL 15 alike.
--
-- quiz.questions and quiz.settings are JSON text (quiz.domain.QuestionList, QuizSettings): a quiz
-- is read and written whole. An attempt keeps its own copy of the questions it drew (paper), so a
-- later edit of the quiz never changes an attempt already made.
create table quiz (
  id          bigint           primary key,
  context_ref bigint           not null references lti_context (id) on delete cascade,
  title       varchar(200)     not null,
  questions   varchar(1000000) not null,
  settings    varchar(4000)    not null,
  created_by  bigint           references lti_user (id) on delete set null,
  created_at  timestamp        not null,
  updated_at  timestamp        not null
);
create index ix_quiz_context on quiz (context_ref, id);

-- One row per attempt, kept for good. attempt_no counts a learner's attempts at a quiz from 1; the
-- unique key makes two starts at once end in one attempt. The grade columns are null until the
-- attempt is submitted (submitted_at); auto_submitted marks one graded at its deadline. version is
-- the optimistic lock that lets only one of two submissions at once through.
create table quiz_attempt (
  id                bigint           primary key,
  quiz_id           bigint           not null references quiz (id) on delete cascade,
  user_ref          bigint           not null references lti_user (id) on delete cascade,
  context_ref       bigint           not null,
  resource_link_ref bigint,
  attempt_no        integer          not null,
  paper             varchar(1000000) not null,
  answers           varchar(1000000) not null,
  started_at        timestamp        not null,
  deadline_at       timestamp,
  submitted_at      timestamp,
  auto_submitted    boolean          not null,
  score             double precision,
  max_score         double precision not null,
  correct_count     integer,
  question_count    integer          not null,
  percent           double precision,
  passed            boolean,
  version           integer          not null,
  constraint uq_quiz_attempt_no unique (quiz_id, user_ref, attempt_no)
);
create index ix_quiz_attempt_quiz on quiz_attempt (quiz_id, id);

-- What instructors granted a learner beyond a quiz's settings: each grant is kept with who made
-- it, when and why (the audit trail); a learner's allowance on a quiz is the sum of their grants.
create table quiz_grant (
  id             bigint        primary key,
  quiz_id        bigint        not null references quiz (id) on delete cascade,
  user_ref       bigint        not null references lti_user (id) on delete cascade,
  actor_ref      bigint        references lti_user (id) on delete set null,
  extra_attempts integer       not null,
  extra_minutes  integer       not null,
  reason         varchar(1000) not null,
  created_at     timestamp     not null
);
create index ix_quiz_grant_learner on quiz_grant (quiz_id, user_ref);
