-- LTI 1.3 core: platform registrations, tool keys, login states, users, contexts,
-- resource links and sessions. Written for H2 2.x and PostgreSQL 15 alike.

-- EclipseLink takes the value it gets as the END of a block of 50: start at 50
create sequence kenes_seq start with 50 increment by 50;

create table platform_registration (
  id               bigint        primary key,
  name             varchar(200)  not null,
  issuer           varchar(500)  not null,
  client_id        varchar(255)  not null,
  auth_login_url   varchar(2000) not null,
  access_token_url varchar(2000) not null,
  jwks_url         varchar(2000) not null,
  created_at       timestamp     not null,
  updated_at       timestamp     not null,
  constraint uq_platform_registration_issuer_client unique (issuer, client_id)
);
create index ix_platform_registration_issuer on platform_registration (issuer);

create table platform_deployment (
  id              bigint       primary key,
  registration_id bigint       not null references platform_registration (id) on delete cascade,
  deployment_id   varchar(255) not null,
  created_at      timestamp    not null,
  constraint uq_platform_deployment unique (registration_id, deployment_id)
);

create table tool_key (
  kid           varchar(64)   primary key,
  private_jwk   varchar(8000) not null,
  created_at    timestamp     not null,
  retired_at    timestamp,
  publish_until timestamp
);

create table lti_login_state (
  state            varchar(64)   primary key,
  nonce            varchar(64)   not null,
  registration_id  bigint        not null,
  target_link_uri  varchar(2000) not null,
  browser_binding  varchar(128)  not null,
  issued_at        timestamp     not null,
  expires_at       timestamp     not null,
  state_used_at    timestamp,
  nonce_used_at    timestamp,
  constraint uq_lti_login_state_nonce unique (nonce)
);
create index ix_lti_login_state_expires on lti_login_state (expires_at);

create table lti_user (
  id              bigint       primary key,
  registration_id bigint       not null references platform_registration (id) on delete cascade,
  subject         varchar(255) not null,
  name            varchar(300),
  given_name      varchar(200),
  family_name     varchar(200),
  email           varchar(320),
  locale          varchar(35),
  created_at      timestamp    not null,
  last_launch_at  timestamp    not null,
  constraint uq_lti_user unique (registration_id, subject)
);

create table lti_context (
  id              bigint       primary key,
  registration_id bigint       not null references platform_registration (id) on delete cascade,
  deployment_id   varchar(255) not null,
  context_id      varchar(255) not null,
  label           varchar(255),
  title           varchar(500),
  created_at      timestamp    not null,
  updated_at      timestamp    not null,
  constraint uq_lti_context unique (registration_id, deployment_id, context_id)
);

-- resource_link.id is unique within a deployment (LTI 1.3 §5.3.5); the context is kept
-- when the launch names one
create table lti_resource_link (
  id              bigint       primary key,
  registration_id bigint       not null references platform_registration (id) on delete cascade,
  deployment_id   varchar(255) not null,
  context_ref     bigint       references lti_context (id) on delete cascade,
  link_id         varchar(255) not null,
  title           varchar(500),
  description     varchar(2000),
  created_at      timestamp    not null,
  updated_at      timestamp    not null,
  constraint uq_lti_resource_link unique (registration_id, deployment_id, link_id)
);
create index ix_lti_resource_link_context on lti_resource_link (context_ref);

-- A Kenes session: created by a successful launch (kind LTI) or by the admin token on the
-- admin sign-in page (kind ADMIN_TOKEN). Only the SHA-256 of the bearer token is stored.
create table kenes_session (
  id                bigint       primary key,
  token_hash        varchar(64)  not null,
  csrf_token        varchar(64)  not null,
  kind              varchar(16)  not null,
  registration_id   bigint       references platform_registration (id) on delete cascade,
  deployment_id     varchar(255),
  context_ref       bigint       references lti_context (id) on delete cascade,
  resource_link_ref bigint       references lti_resource_link (id) on delete cascade,
  user_ref          bigint       references lti_user (id) on delete cascade,
  roles             varchar(4000),
  kenes_role        varchar(16)  not null,
  locale            varchar(35),
  created_at        timestamp    not null,
  expires_at        timestamp    not null,
  constraint uq_kenes_session_token unique (token_hash)
);
create index ix_kenes_session_expires on kenes_session (expires_at);
