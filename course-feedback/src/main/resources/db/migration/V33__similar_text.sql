-- Similar-proposal detection (issue 12, section 3; ADR 0023). The texts whose similarity Kenes
-- suggests, per scope (a campaign's proposals are the scope 'campaign:<id>'): the rows are the
-- truth, the Lucene index on each node is derived from them. Every write of a scope's entries
-- raises the scope's version in the same transaction and stamps the entry with it; a node whose
-- index is older reads the entries stamped after its version and updates its index. An entry is
-- never deleted, only marked removed, so that every node sees the removal.
create table similar_text_scope (
  scope   varchar(100) primary key,
  version bigint       not null
);

create table similar_text_entry (
  scope      varchar(100)  not null,
  entry_id   bigint        not null,
  title      varchar(300)  not null,
  body       varchar(20000) not null,
  lang       varchar(8)    not null,
  removed    boolean       not null,
  version    bigint        not null,
  updated_at timestamp     not null,
  primary key (scope, entry_id)
);
create index ix_similar_text_entry_version on similar_text_entry (scope, version);
