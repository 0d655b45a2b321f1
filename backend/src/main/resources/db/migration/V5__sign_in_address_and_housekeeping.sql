-- Sign-in throttling by client address as well as by username (the address of rows before this migration is unknown).
alter table sign_in_attempt add column address varchar(64);
create index ix_sign_in_attempt_address_time on sign_in_attempt (address, attempted_at);
create index ix_sign_in_attempt_time on sign_in_attempt (attempted_at);

-- Housekeeping purges by age.
create index ix_idempotency_record_created on idempotency_record (created_at);
create index ix_auth_token_expires on auth_token (expires_at);
