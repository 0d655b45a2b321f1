-- 実施月の集合 (#12): the months a request is scheduled in, as bits (month m = 2^(m-1)), kept on the request next to
-- occurrences (both set from city_request_month by every write: RequestValidation.apply). The merge-candidate
-- warning (same year, same receivers, a month in common) compares two requests' months by this column instead of
-- joining city_request_month twice: at nation scale a list page's warnings went through 1,300 month lookups.
alter table city_request add column month_mask int not null default 0;

update city_request set month_mask = coalesce((select cast(sum(power(2, m.month_no - 1)) as int)
    from city_request_month m where m.request_id = city_request.id), 0);
