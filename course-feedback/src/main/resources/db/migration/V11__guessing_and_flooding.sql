-- Guessing and flooding (docs/security.md).

-- Wrong admin tokens per client address, counted across nodes: one row per address (an HMAC of
-- it, never the address itself), the start of its window and the failures in it.
create table admin_token_failure (
  client_key   varchar(64)  not null primary key,
  window_start timestamp    not null,
  failures     integer      not null
);

-- The server secret, the key of Kenes's HMACs (pairing codes, client addresses), when
-- kenes.secret is not configured: made by the first node that starts, read by the others.
create table kenes_secret (
  name       varchar(40)  not null primary key,
  secret     varchar(100) not null,
  created_at timestamp    not null
);

-- Which client (an HMAC of its address under the server secret and the link) answered through
-- an invitation link, so that one address cannot answer a shared link without limit.
alter table survey_response add column client_hash varchar(32);
create index ix_survey_response_invitation_client on survey_response (invitation_id, client_hash);
