-- 公表: what serving a published revision needs without reading its snapshot (#12): the digest of the stored JSON
-- (with the number of the year's latest revision, the response's ETag) and where in it the list of revisions goes.
-- Written at publication; rows published before this migration are filled in at startup
-- (jp.kyodo.plan.publication.service.StoredReports), as SQL cannot compute the same digest on H2 and PostgreSQL.
alter table published_report add column content_digest varchar(32);
alter table published_report add column revisions_at int;
