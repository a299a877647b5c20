-- Deep linking (docs/lti-advantage.md, ADR 0013): what Kenes keeps of an LtiDeepLinkingRequest
-- between the picker and the signed response, one row per deep linking session. The browser
-- never carries any of it: the return URL, the opaque data to echo and the deployment come from
-- here. The row ends with its session (purged sessions take it along).
create table lti_deep_linking_request (
  session_id       bigint        not null primary key
                                 references kenes_session (id) on delete cascade,
  registration_id  bigint        not null
                                 references platform_registration (id) on delete cascade,
  deployment_id    varchar(255)  not null,
  return_url       varchar(2048) not null,
  data             varchar(65536),
  accept_types     varchar(1024) not null,
  accept_targets   varchar(1024) not null,
  accept_multiple  boolean       not null,
  auto_create      boolean       not null,
  created_at       timestamp     not null
);
