-- Who took part in each campaign, and in which stakeholder group (issue 12; docs/crowdsourcing.md,
-- "Figures"; ADR 0033). Written for H2 2.x and PostgreSQL 15 alike.
--
-- campaign_participant: one row per campaign, group and person (member key) who proposed,
-- commented or voted there, with how many proposals, comments and votes of theirs in that group
-- the campaign holds (hidden and merged ones included, carried votes included: the figures count
-- them). Kept by the crowdsourcing repository in the transaction that writes the proposal, comment
-- or vote (a withdrawn vote takes one off; a row whose three counts reach 0 is deleted), so that
-- the per-group participants of a campaign are an index-only count over this primary key instead
-- of a read of every proposal, comment and vote.
create table campaign_participant (
  campaign_id bigint      not null,
  group_code  varchar(32) not null,
  member_key  varchar(64) not null,
  proposals   integer     not null,
  comments    integer     not null,
  votes       integer     not null,
  constraint pk_campaign_participant primary key (campaign_id, group_code, member_key)
);

-- Backfilled from the rows already written (the same three sources the figures counted); the
-- foreign key is added after, checked once for the whole table instead of once per row.
insert into campaign_participant (campaign_id, group_code, member_key, proposals, comments, votes)
select campaign_id, group_code, member_key, sum(proposals), sum(comments), sum(votes)
  from (select p.campaign_id, p.group_code, p.author_key as member_key,
               1 as proposals, 0 as comments, 0 as votes
          from campaign_proposal p
        union all
        select p.campaign_id, c.group_code, c.author_key, 0, 1, 0
          from proposal_comment c join campaign_proposal p on p.id = c.proposal_id
        union all
        select v.campaign_id, v.group_code, v.voter_key, 0, 0, 1
          from proposal_vote v) u
 group by campaign_id, group_code, member_key;

alter table campaign_participant add constraint fk_campaign_participant_campaign
  foreign key (campaign_id) references campaign (id);
