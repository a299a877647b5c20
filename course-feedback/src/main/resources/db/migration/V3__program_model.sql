-- Programs gain a level and teaching languages (issue 3, section 1). Existing rows become
-- bachelor programs taught in Kazakh and Russian, the most common case in the demo data.

alter table educational_program add column program_level varchar(32) default 'bachelor' not null;
alter table educational_program add column languages varchar(32) default 'kk,ru' not null;

-- The admin list filters programs by field (and by university: the unique key's first column)
create index ix_educational_program_field on educational_program (field);

