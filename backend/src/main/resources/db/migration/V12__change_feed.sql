-- 変更フィード: every change of a record, in commit order, for systems that stay in sync (docs/integration.md).
-- Numbers are handed out under the one row of change_feed_head, locked by each writing transaction just before it
-- commits and released by the commit: transactions that write events therefore commit in the order of their
-- numbers, and a reader never sees a number before every smaller one is visible.
create table change_feed_head (
    id              integer primary key,
    last_seq        bigint  not null
);
insert into change_feed_head (id, last_seq) values (1, 0);

create table change_event (
    seq             bigint primary key,
    entity_type     varchar(40) not null,
    entity_id       bigint      not null,
    action          varchar(10) not null,
    occurred_at     timestamp with time zone not null
);
create index ix_change_event_type_seq on change_event (entity_type, seq);
