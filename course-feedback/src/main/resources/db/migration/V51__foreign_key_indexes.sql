-- Every foreign key whose parent rows are removed by a cascade (ON DELETE CASCADE or SET NULL) has
-- an index that starts with its column. Without one, each parent row removed made the database read
-- the whole child table once: deleting a platform registration whose 24,000 learners had each been
-- seen in a course (certificate_learner) took 35 s of such reads and ran past the statement
-- timeout, so the registration could not be deleted at all. ForeignKeyIndexTest keeps it so.
create index ix_platform_registration_university on platform_registration (university_id);
create index ix_context_module_module on context_module (module_id);
create index ix_instrument_item_module on instrument_item (module_id);
create index ix_survey_module on survey (module_id);
create index ix_survey_response_user on survey_response (user_ref);
create index ix_survey_response_context on survey_response (context_ref);
create index ix_lti_score_outbox_registration on lti_score_outbox (registration_id);
create index ix_lti_score_outbox_user on lti_score_outbox (user_ref);
create index ix_lti_deep_linking_request_registration on lti_deep_linking_request (registration_id);
create index ix_module_rating_user on module_rating (user_ref);
create index ix_module_rating_context on module_rating (context_ref);
create index ix_module_feedback_link_context on module_feedback_link (context_ref);
create index ix_module_feedback_link_module_module on module_feedback_link_module (module_id);
create index ix_quiz_created_by on quiz (created_by);
create index ix_quiz_attempt_user on quiz_attempt (user_ref);
create index ix_quiz_grant_user on quiz_grant (user_ref);
create index ix_quiz_grant_actor on quiz_grant (actor_ref);
create index ix_certificate_learner_user on certificate_learner (user_ref);
create index ix_lesson_gate_module on lesson_gate (module_id);
create index ix_lesson_gate_created_by on lesson_gate (created_by);
create index ix_quiz_lesson_module on quiz_lesson (module_id);
create index ix_bank_question_program on bank_question (program_id);
create index ix_bank_question_created_by on bank_question (created_by);
