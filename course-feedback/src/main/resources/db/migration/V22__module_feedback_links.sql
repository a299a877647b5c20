-- Module feedback from outsiders (issue 11, section 2): employers, graduates and others without an
-- LMS account rate the modules of a program through an invitation link made by staff. The link
-- works as a survey invitation link does (only the SHA-256 of its token is kept; the stakeholder
-- group is fixed by the link; single use or up to max_uses respondents; it expires; staff may
-- withdraw it), but it asks about the modules of one program instead of one survey round.
-- Written for H2 2.x and PostgreSQL 15 alike.
--
-- context_ref: the course the link was made from (null for an administrator without a course).
-- form_id: the one-time id of the staff page form that made the link, so a form sent twice makes
-- one link.
create table module_feedback_link (
  id          bigint       primary key,
  program_id  bigint       not null references educational_program (id) on delete cascade,
  token_hash  varchar(64)  not null,
  group_code  varchar(32)  not null references stakeholder_group (code),
  label       varchar(200),
  max_uses    integer      not null,
  uses        integer      not null,
  anonymous   boolean      not null,
  context_ref bigint       references lti_context (id) on delete set null,
  form_id     varchar(36),
  expires_at  timestamp    not null,
  revoked_at  timestamp,
  created_at  timestamp    not null,
  constraint uq_module_feedback_link_token unique (token_hash),
  constraint uq_module_feedback_link_form unique (program_id, form_id)
);
create index ix_module_feedback_link_program on module_feedback_link (program_id, created_at);

-- The modules a link asks about; none means every module of the program.
create table module_feedback_link_module (
  link_id   bigint not null references module_feedback_link (id) on delete cascade,
  module_id bigint not null references program_module (id) on delete cascade,
  primary key (link_id, module_id)
);

-- A rating made through a link: the link; an HMAC of the client's address under the server
-- secret and the link, so that one address cannot answer a shared link without limit; and the
-- respondent's pairing code (HMAC under the server secret, salted with the program; null when the
-- link is anonymous or none was given), so that one person's ratings of two module versions pair.
alter table module_rating add column link_id bigint references module_feedback_link (id) on delete set null;
alter table module_rating add column client_hash varchar(32);
alter table module_rating add column pair_code varchar(64);
create index ix_module_rating_link_client on module_rating (link_id, client_hash);
