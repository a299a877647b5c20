-- Authority follows the institution (issue 9 §1): each platform registration serves one
-- university, and a session carries the university and operator flag of its launch.

alter table platform_registration add column university_id bigint;
alter table platform_registration add constraint fk_platform_registration_university
  foreign key (university_id) references university (id) on delete set null;
-- the installation's own registration: its Administrators are the installation's operators
alter table platform_registration add column operator boolean default false not null;
-- Open edX before 11.1 sends system/person#Administrator to all course staff: map it to instructor
alter table platform_registration add column system_admin_as_instructor boolean default false not null;

alter table kenes_session add column university_id bigint;
alter table kenes_session add column operator boolean default false not null;

-- An installation with one university: its registrations serve that university.
update platform_registration set university_id = (select min(id) from university)
  where (select count(*) from university) = 1;
