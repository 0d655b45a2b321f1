-- 年度別の依頼件数の保持 (#12): per fiscal year and kind, the counted requests (not drafts) and the drafts, kept by
-- request.burden.KeptBurden with the other burden figures (every request write, under kept_burden_lock). The request
-- list's total for a year (and kind), its most common page, reads one or two of these rows instead of summing the
-- year's kept section rows (at nation scale 15,000 rows, 7 ms). 0 and no row mean the same.
create table kept_year_requests (
    fiscal_year     int            not null,
    kind            varchar(20)    not null,
    counted         bigint         not null,
    drafts          bigint         not null,
    primary key (fiscal_year, kind)
);

insert into kept_year_requests (fiscal_year, kind, counted, drafts)
select fiscal_year, kind, count(case when status <> 'DRAFT' then 1 end), count(case when status = 'DRAFT' then 1 end)
    from city_request group by fiscal_year, kind;
