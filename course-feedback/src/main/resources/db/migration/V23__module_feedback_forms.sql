-- Module feedback forms per program or per university (issue 11, section 1): an administrator gives
-- a program, or a whole university, its own learners' module feedback instrument, a copy of the
-- form it used before, edited and versioned like any instrument. A module's learner form is its
-- program's instrument, else its university's, else the default (code module-feedback).
-- Exactly one of program_id and university_id is set; one row per program and per university.
-- Written for H2 2.x and PostgreSQL 15 alike.
create table module_feedback_form (
  program_id    bigint    references educational_program (id) on delete cascade,
  university_id bigint    references university (id) on delete cascade,
  instrument_id bigint    not null references survey_instrument (id) on delete cascade,
  chosen_at     timestamp not null,
  constraint ck_module_feedback_form_owner check (
    (program_id is not null and university_id is null)
    or (program_id is null and university_id is not null)),
  constraint uq_module_feedback_form_program unique (program_id),
  constraint uq_module_feedback_form_university unique (university_id)
);
create index ix_module_feedback_form_instrument on module_feedback_form (instrument_id);
