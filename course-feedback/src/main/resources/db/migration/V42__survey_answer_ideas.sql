-- Survey rounds' open answers marked as ideas (issue 12, section 1; docs/surveys.md, "Ideas";
-- docs/crowdsourcing.md, "Ideas from feedback"). Written for H2 2.x and PostgreSQL 15 alike.
--
-- Whoever may read a survey's report marks an open answer of one of its rounds as an idea, or takes
-- the mark off; an organiser of a campaign on the survey's program then turns it into a proposal.
-- One row per answer ever marked (its current state: idea true or false), with the survey and
-- program copied so that a campaign lists its program's ideas by index. marked_by: the staff
-- member's key ('lti:<lti_user.id>', 'admin-token'). Owned by analytics, like the moderation of
-- module feedback's answers (V21).
create table survey_answer_idea (
  response_id bigint       not null references survey_response (id) on delete cascade,
  item_id     bigint       not null,
  round_id    bigint       not null,
  survey_id   bigint       not null,
  program_id  bigint       not null,
  idea        boolean      not null,
  marked_by   varchar(128) not null,
  marked_at   timestamp    not null,
  primary key (response_id, item_id)
);
create index ix_survey_answer_idea_program on survey_answer_idea (program_id, idea, marked_at);

-- A proposal turned from a survey answer names the answer's module only when the item or the
-- survey names one. rating_id holds the survey response's id for source 'survey-answer'.
alter table proposal_origin alter column module_id drop not null;
