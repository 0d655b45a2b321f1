-- Rate limits (common.ratelimit): one counter per caller, policy and fixed window, shared by every instance.
-- Each API request runs one atomic upsert on it. On PostgreSQL the table is UNLOGGED (a Flyway placeholder): its
-- writes skip the WAL, so counting a GET costs no WAL flush at commit; after a crash PostgreSQL empties it and
-- standbys do not have it, which at worst gives callers a fresh window once. H2 (embedded, tests) has a plain table.
create ${rate_limit_table} rate_limit_counter (
    bucket       varchar(120) not null,
    window_start bigint       not null,
    hits         integer      not null,
    primary key (bucket, window_start)
);
-- housekeeping deletes the windows that have ended
create index rate_limit_counter_window on rate_limit_counter (window_start);
