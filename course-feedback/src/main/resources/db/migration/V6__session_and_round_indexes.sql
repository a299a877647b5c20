-- Sessions reference a registration, a user, a course and a link, each with ON DELETE CASCADE.
-- Without an index on each reference, deleting a registration (or a deployment's sessions)
-- read the whole session table once per user, course and link it removed.
create index ix_kenes_session_registration on kenes_session (registration_id, deployment_id);
create index ix_kenes_session_user on kenes_session (user_ref);
create index ix_kenes_session_context on kenes_session (context_ref);
create index ix_kenes_session_link on kenes_session (resource_link_ref);

-- Every learner landing asks for the rounds open now; rounds still to close are few of all rounds.
create index ix_survey_round_closes on survey_round (closes_at);
