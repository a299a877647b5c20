-- Accepted proposals feed program revision records (issue 12, section 4; docs/revisions.md,
-- "From a campaign"). Written for H2 2.x and PostgreSQL 15 alike.
--
-- revision_change_proposal.proposal_id now references the proposal it names (V32 kept a bare id
-- until the proposal tables existed). A database whose revision changes name ids of proposals that
-- do not exist refuses this migration: such rows were never crowdsourced proposals; the operator
-- reads them (select * from revision_change_proposal p where not exists (select 1 from
-- campaign_proposal c where c.id = p.proposal_id)) and decides, since a sealed record's rows are
-- part of its hash.
alter table revision_change_proposal add constraint fk_revision_change_proposal_proposal
  foreign key (proposal_id) references campaign_proposal (id);

-- The draft revision a campaign's accepted proposals go into: one open draft per campaign and
-- program. The row stays after the draft is sealed (which campaign a record came from); a discarded
-- draft's row goes with it.
create table campaign_revision (
  revision_id bigint not null primary key references revision_record (id),
  campaign_id bigint not null references campaign (id)
);
create index ix_campaign_revision_campaign on campaign_revision (campaign_id);
