-- The company's billing settings (payment link template, payment terms) are edited from the console: the row
-- gets a version and an updated_at like other rows people edit, so two administrators saving at once do not
-- silently overwrite each other.

alter table company add column version bigint default 0 not null;
alter table company add column updated_at timestamp with time zone default current_timestamp not null;
