-- kyodo schema, part 11: whether a user wants the daily e-mail digest of unread notifications at the address V9
-- added (app_user.email). The address is set by the user on their settings page or by an admin; without an
-- address, or with this off, no digest is sent.
-- Portable SQL: runs unchanged on H2 2.x (embedded) and PostgreSQL 13+.

alter table app_user add column email_digest boolean default true not null;
