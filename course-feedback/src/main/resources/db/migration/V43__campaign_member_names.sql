-- The name a campaign guest gave when joining through an invitation link (issue 12; docs/crowdsourcing.md,
-- "People on the pages"). Written for H2 2.x and PostgreSQL 15 alike.
--
-- Pages name people, never their member keys: an LTI member by the name their launches recorded (the
-- LTI adapter's lti_user, asked through identity's PersonNames), a guest by the name kept here. A
-- guest who gave none is shown with a label made from the bundle ("Guest (Employers) #3"). Null for
-- roles given to LTI users.
alter table campaign_member add column display_name varchar(200);
