-- GET /api/v1/public/reports/{planCode}/{fy} (anonymous): the latest revision of the stored snapshot.
select r.content from published_report r join plan p on p.id = r.plan_id
 where p.code = ':plan_code' and r.fiscal_year = :report_year order by r.revision desc limit 1;
