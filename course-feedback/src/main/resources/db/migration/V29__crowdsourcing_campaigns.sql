-- Crowdsourcing campaigns and their proposals (issue 12; docs/crowdsourcing.md). Written for H2 2.x
-- and PostgreSQL 15 alike. Nothing here is ever deleted by Kenes: proposals and comments are hidden
-- with a reason, merged proposals keep their rows and point at the proposal they went into. A
-- campaign names its program and university by id, without a foreign key into the program
-- context: removing a program never removes or blocks its campaigns.
--
-- member keys: 'lti:<lti_user.id>' for a person who came through an LTI launch.

create table campaign (
  id                    bigint        primary key,
  university_id         bigint        not null,
  program_id            bigint        not null,
  module_ids            varchar(2000) not null,
  title                 varchar(300)  not null,
  task                  varchar(8000) not null,
  key_questions         varchar(8000) not null,
  group_codes           varchar(500)  not null,
  governance            varchar(16)   not null,
  votes_per_participant integer       not null,
  group_weights         varchar(1000) not null,
  minimum_support       numeric(9,2)  not null,
  stage                 varchar(16)   not null,
  engagement_at         timestamp,
  collection_at         timestamp,
  selection_at          timestamp,
  voting_at             timestamp,
  integration_at        timestamp,
  monitoring_at         timestamp,
  created_by            varchar(64)   not null,
  created_at            timestamp     not null,
  updated_at            timestamp     not null
);
create index ix_campaign_program on campaign (program_id);
create index ix_campaign_university on campaign (university_id);

-- Roles given in a campaign (facilitator, expert, …) by an organiser
create table campaign_member (
  campaign_id bigint       not null references campaign (id),
  member_key  varchar(64)  not null,
  role        varchar(16)  not null,
  group_code  varchar(32)  not null,
  created_at  timestamp    not null,
  primary key (campaign_id, member_key)
);

create table campaign_audit (
  id          bigint        primary key,
  campaign_id bigint        not null references campaign (id),
  actor_key   varchar(64)   not null,
  action      varchar(32)   not null,
  detail      varchar(2000) not null,
  created_at  timestamp     not null
);
create index ix_campaign_audit_campaign on campaign_audit (campaign_id, created_at);

create table campaign_proposal (
  id              bigint        primary key,
  campaign_id     bigint        not null references campaign (id),
  kind            varchar(24)   not null,
  module_ids      varchar(2000) not null,
  title           varchar(300)  not null,
  body            varchar(8000) not null,
  rationale       varchar(8000) not null,
  author_key      varchar(64)   not null,
  group_code      varchar(32)   not null,
  status          varchar(16)   not null,
  current_version integer       not null,
  merged_into     bigint        references campaign_proposal (id),
  hidden_reason   varchar(2000),
  decision_reason varchar(2000),
  decided_by      varchar(64),
  decided_at      timestamp,
  created_at      timestamp     not null,
  updated_at      timestamp     not null
);
create index ix_campaign_proposal_campaign on campaign_proposal (campaign_id, status);
create index ix_campaign_proposal_author on campaign_proposal (author_key);

-- Every version of a proposal: the original, the author's edits, others' amendments (additions
-- that keep the text) and reworks, and a moderator's edits. state: current versions are
-- 'accepted'; others' versions wait ('pending') for the author, who accepts or rejects them.
create table proposal_version (
  id             bigint        primary key,
  proposal_id    bigint        not null references campaign_proposal (id),
  version_number integer       not null,
  kind           varchar(16)   not null,
  state          varchar(16)   not null,
  title          varchar(300)  not null,
  body           varchar(8000) not null,
  rationale      varchar(8000) not null,
  author_key     varchar(64)   not null,
  note           varchar(2000) not null,
  created_at     timestamp     not null,
  constraint uq_proposal_version unique (proposal_id, version_number)
);

-- Authors of a proposal besides its first: the authors of proposals merged into it
create table proposal_contributor (
  proposal_id bigint      not null references campaign_proposal (id),
  member_key  varchar(64) not null,
  group_code  varchar(32) not null,
  via         bigint      not null references campaign_proposal (id),
  primary key (proposal_id, member_key)
);

create table proposal_comment (
  id            bigint        primary key,
  proposal_id   bigint        not null references campaign_proposal (id),
  parent_id     bigint        references proposal_comment (id),
  author_key    varchar(64)   not null,
  group_code    varchar(32)   not null,
  body          varchar(4000) not null,
  hidden_reason varchar(2000),
  created_at    timestamp     not null
);
create index ix_proposal_comment_proposal on proposal_comment (proposal_id, created_at);

create table proposal_report (
  id           bigint        primary key,
  proposal_id  bigint        not null references campaign_proposal (id),
  comment_id   bigint        references proposal_comment (id),
  reporter_key varchar(64)   not null,
  reason       varchar(2000) not null,
  created_at   timestamp     not null
);
create index ix_proposal_report_proposal on proposal_report (proposal_id);

-- An organiser's usefulness rating (1 to 5), one per organiser and proposal
create table proposal_rating (
  proposal_id bigint      not null references campaign_proposal (id),
  rater_key   varchar(64) not null,
  usefulness  integer     not null,
  created_at  timestamp   not null,
  primary key (proposal_id, rater_key)
);

-- An expert's review, one per expert and proposal (a new review replaces the old)
create table proposal_review (
  proposal_id bigint        not null references campaign_proposal (id),
  expert_key  varchar(64)   not null,
  strengths   varchar(4000) not null,
  weaknesses  varchar(4000) not null,
  decision    varchar(16)   not null,
  created_at  timestamp     not null,
  primary key (proposal_id, expert_key)
);

-- A participant's vote, weighted by the group's weight when it was cast. carried_from: the
-- proposal it was cast on, when a merge carried it here.
create table proposal_vote (
  proposal_id  bigint       not null references campaign_proposal (id),
  voter_key    varchar(64)  not null,
  campaign_id  bigint       not null references campaign (id),
  group_code   varchar(32)  not null,
  weight       numeric(9,2) not null,
  carried_from bigint       references campaign_proposal (id),
  created_at   timestamp    not null,
  primary key (proposal_id, voter_key)
);
create index ix_proposal_vote_voter on proposal_vote (campaign_id, voter_key);

-- What Kenes tells an author about their proposal (merged, evaluated, shortlisted, accepted,
-- rejected), with the reason
create table campaign_notification (
  id            bigint        primary key,
  recipient_key varchar(64)   not null,
  campaign_id   bigint        not null references campaign (id),
  proposal_id   bigint        not null references campaign_proposal (id),
  kind          varchar(16)   not null,
  reason        varchar(2000) not null,
  created_at    timestamp     not null,
  read_at       timestamp
);
create index ix_campaign_notification_recipient on campaign_notification (recipient_key, created_at);
