-- The staff page's "make a link" form carries a one-time id (a random UUID drawn when the page is
-- rendered). Sending the same form again, by a refresh or a double click, finds the link it
-- already made instead of making a second one. Null for links made through the API.
alter table survey_invitation add column form_id varchar(36);
create unique index uq_survey_invitation_form on survey_invitation (round_id, form_id);
