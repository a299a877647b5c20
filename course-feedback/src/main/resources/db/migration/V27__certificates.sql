-- Certificates (issue 13, docs/certificates.md): a course's completion rules and certificate text,
-- the certificates issued with their audit trail, the learners the context has seen per course,
-- and the issuer's signing keys for the Open Badges credentials. Written for H2 2.x and
-- PostgreSQL 15 alike.
--
-- One row per course (LTI context). required_quizzes: quiz references separated by commas
-- (quiz:<id>); required_surveys: survey ids separated by commas; competencies: one per line.
create table certificate_rules (
  context_ref      bigint        primary key references lti_context (id) on delete cascade,
  required_quizzes varchar(4000) not null,
  min_percent      integer,
  required_surveys varchar(1000) not null,
  auto_issue       boolean       not null,
  title            varchar(300)  not null,
  hours            integer,
  credits          numeric(8,2),
  competencies     varchar(5000) not null,
  updated_at       timestamp     not null
);

-- A certificate states what was true when it was issued (learner's name, course, title, hours,
-- credits, competencies are copies) and is never deleted: a revoked one stays verifiable as revoked.
-- number: 80 random bits in Crockford base 32, the public verification key. active_key:
-- '<context_ref>:<user_ref>' while valid, null once revoked, so that a learner has at most one valid
-- certificate per course (NULLs never collide in a unique constraint, on H2 and PostgreSQL).
-- status_index: the certificate's bit in the issuer's revocation status list.
-- issued_by: rules | staff; issuer_ref, revoked_by: the staff member's lti_user id.
create table certificate (
  id            bigint        primary key,
  number        varchar(19)   not null,
  context_ref   bigint        not null,
  user_ref      bigint        not null,
  active_key    varchar(64),
  learner_name  varchar(300)  not null,
  course_title  varchar(300)  not null,
  title         varchar(300)  not null,
  hours         integer,
  credits       numeric(8,2),
  competencies  varchar(5000) not null,
  issued_at     timestamp     not null,
  issued_by     varchar(16)   not null,
  issuer_ref    bigint,
  issue_reason  varchar(1000),
  revoked_at    timestamp,
  revoke_reason varchar(1000),
  revoked_by    bigint,
  status_index  integer       not null,
  constraint uq_certificate_number unique (number),
  constraint uq_certificate_active unique (active_key),
  constraint uq_certificate_status_index unique (status_index)
);
create index ix_certificate_course on certificate (context_ref, issued_at);
create index ix_certificate_learner on certificate (context_ref, user_ref);

-- Who issued or revoked a certificate, when and why. action: issued | revoked; actor_ref: the staff
-- member's lti_user id, null for Kenes's own rules.
create table certificate_audit (
  id             bigint        primary key,
  certificate_id bigint        not null references certificate (id),
  action         varchar(16)   not null,
  actor_ref      bigint,
  reason         varchar(1000),
  at_time        timestamp     not null
);
create index ix_certificate_audit_certificate on certificate_audit (certificate_id);

-- The learners of a course the certificate context has seen (their progress was checked), with the
-- name a certificate would print and whether the rules held then: the staff's list to issue from.
create table certificate_learner (
  context_ref  bigint       not null references lti_context (id) on delete cascade,
  user_ref     bigint       not null references lti_user (id) on delete cascade,
  display_name varchar(300) not null,
  complete     boolean      not null,
  seen_at      timestamp    not null,
  primary key (context_ref, user_ref)
);

-- The issuer's keys for signing Open Badges credentials (docs/adr/0019): a key pair made when the
-- first credential is signed. public_jwk: the public JWK as JSON; private_key: PKCS#8, base64.
create table certificate_issuer_key (
  kid         varchar(64)   primary key,
  public_jwk  varchar(4000) not null,
  private_key varchar(8000) not null,
  created_at  timestamp     not null
);
