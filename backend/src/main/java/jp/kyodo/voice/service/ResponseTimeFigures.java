package jp.kyodo.voice.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.kyodo.voice.VoiceDtos.ResponseTimeRow;
import jp.kyodo.voice.VoiceDtos.ResponseTimes;

/**
 * 回答状況: per section and fiscal year (by received date) — received, answered, open, overdue, the median days to
 * answer and the share answered within the target days. One grouped SQL statement over the voices; the median is the
 * SQL standard's {@code percentile_cont(0.5)} (H2 2.x and PostgreSQL both have it) over {@code days_to_answer}, which
 * is null for open voices, so the median counts answered voices only — open ones show as open and overdue instead.
 * The share within target counts a voice once its outcome is known: answered (within target or not), or still open
 * beyond the target days (not within); an open voice still inside its target days is left out of the share.
 */
@ApplicationScoped
public class ResponseTimeFigures {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    VoiceSettings settings;

    public ResponseTimes figures(Integer fiscalYear) {
        LocalDate today = LocalDate.now(clock);
        int target = settings.targetDays();
        // received on or before this day and still open → already beyond the target days
        LocalDate beyondTarget = today.minusDays(target);
        String sql = "select v.fiscal_year, v.section_id, s.name, count(*),"
                + " sum(case when v.days_to_answer is not null then 1 else 0 end),"
                + " sum(case when v.status in ('RECEIVED', 'IN_PROGRESS') then 1 else 0 end),"
                + " sum(case when v.status in ('RECEIVED', 'IN_PROGRESS') and v.due_on < ?1 then 1 else 0 end),"
                + " sum(case when v.days_to_answer <= ?2 then 1 else 0 end),"
                + " sum(case when v.status in ('RECEIVED', 'IN_PROGRESS') and v.received_on < ?3 then 1 else 0 end),"
                + " percentile_cont(0.5) within group (order by v.days_to_answer)"
                + " from voice v left join section s on s.id = v.section_id"
                + (fiscalYear == null ? "" : " where v.fiscal_year = ?4")
                + " group by v.fiscal_year, v.section_id, s.name, s.sort_order"
                + " order by v.fiscal_year desc, s.sort_order, s.name";
        var query = em.createNativeQuery(sql).setParameter(1, today).setParameter(2, target).setParameter(3, beyondTarget);
        if (fiscalYear != null) {
            query.setParameter(4, fiscalYear);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return new ResponseTimes(target, today, rows.stream().map(ResponseTimeFigures::row).toList());
    }

    static ResponseTimeRow row(Object[] r) {
        long answered = n(r[4]);
        long within = n(r[7]);
        long decided = answered + n(r[8]);
        Double median = r[9] == null ? null : ((Number) r[9]).doubleValue();
        return new ResponseTimeRow(((Number) r[0]).intValue(), r[1] == null ? null : ((Number) r[1]).longValue(),
                (String) r[2], n(r[3]), answered, n(r[5]), n(r[6]), within, median,
                decided == 0 ? null : (double) within / decided);
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
