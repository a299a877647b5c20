-- A resource link (a placement of Kenes in a course) may point at one program module: the
-- learner who launches from it sees that module. V4 is reserved for the survey work.
create table resource_link_module (
  resource_link_ref bigint primary key references lti_resource_link (id) on delete cascade,
  module_id         bigint not null references program_module (id) on delete cascade
);
-- Removing a module (or its program) finds the links pointing at it
create index ix_resource_link_module_module on resource_link_module (module_id);
