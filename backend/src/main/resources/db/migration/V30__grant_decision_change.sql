-- kyodo schema, part 30: a correction of a grant decision (変更交付決定) keeps the first decision's day (交付決定日) and
-- records its own day and who made it (the amounts before and after are in the case's history).
alter table grant_case add column decision_changed_on date;
alter table grant_case add column decision_changed_by varchar(100);
