-- One-time links for LTI Dynamic Registration (docs/adr/0015-dynamic-registration-and-platform-storage.md).
-- The operator creates a link in Kenes for the university the platform will serve; a platform
-- administrator opens it from the platform's "register tool" action. Only a SHA-256 of the link's
-- secret is kept. claimed_at marks a registration under way (one at a time per link), used_at
-- and registration_id a registration that was stored.
create table lti_registration_link (
  token_hash      varchar(64)  not null primary key,
  university_id   bigint,
  created_at      timestamp    not null,
  expires_at      timestamp    not null,
  claimed_at      timestamp,
  used_at         timestamp,
  registration_id bigint
);
