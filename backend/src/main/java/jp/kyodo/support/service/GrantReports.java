package jp.kyodo.support.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.transfer.Csv;
import jp.kyodo.common.transfer.FormulaGuard;
import jp.kyodo.support.GrantDtos.GrantFigureRow;
import jp.kyodo.support.GrantDtos.GrantFigures;
import jp.kyodo.support.GrantDtos.GrantedAmount;
import jp.kyodo.support.SupportProgram;

/**
 * What the office reads about a program's year (予算 vs 決定 vs 支払 vs 確定, per ward and district), the payment list
 * for the city's accounting system, and the open data of the amounts granted — each one grouped statement.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GrantReports {

    /** The payment list's columns (docs/support.md, "Payment list"). */
    public static final List<String> PAYMENT_COLUMNS = List.of("支払日", "年度", "事業コード", "事業名", "所管課コード", "所管課",
            "団体コード", "団体名", "区", "校区", "回", "支払額", "交付決定額", "摘要", "案件番号");

    /** The open data's columns. */
    public static final List<String> OPEN_COLUMNS = List.of("年度", "事業名", "所管課", "団体名", "区", "校区", "交付決定額",
            "確定額", "交付決定日");

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    SupportPrograms programs;

    static final String SUMS = "count(*), sum(case when c.status = 'AWAITING_PLAN' then 1 else 0 end), "
            + "sum(case when c.decided_yen is not null then 1 else 0 end), coalesce(sum(c.computed_yen), 0), "
            + "coalesce(sum(c.decided_yen), 0), coalesce(sum(c.paid_yen), 0), coalesce(sum(c.final_yen), 0), "
            + "coalesce(sum(c.refund_yen), 0)";

    public GrantFigures figures(long programId) {
        SupportProgram p = programs.find(programId);
        if (!programs.canManage(p)) {
            throw ProblemException.forbidden("Only the office, or the program's implementing section, reads its figures");
        }
        Object[] total = (Object[]) em.createNativeQuery("select " + SUMS + " from grant_case c where c.program_id = ?1")
                .setParameter(1, p.id).getSingleResult();
        List<GrantFigureRow> wards = rows("WARD", "select w.id, w.name, " + SUMS + " from grant_case c join organization o on o.id = c.organization_id "
                + "left join district d on d.id = o.district_id join ward w on w.id = coalesce(o.ward_id, d.ward_id) "
                + "where c.program_id = ?1 group by w.id, w.name, w.code order by w.code, w.id", p.id);
        List<GrantFigureRow> districts = rows("DISTRICT", "select d.id, d.name, " + SUMS + " from grant_case c join organization o on o.id = c.organization_id "
                + "join district d on d.id = o.district_id where c.program_id = ?1 group by d.id, d.name, d.kana order by d.kana, d.id", p.id);
        GrantFigureRow whole = row("PROGRAM", null, p.name, total, 0);
        return new GrantFigures(p.id, p.name, p.fiscalYear, p.budgetYen, p.budgetYen == null ? null : p.budgetYen - whole.decidedYen(),
                whole, wards, districts);
    }

    List<GrantFigureRow> rows(String level, String sql, long program) {
        List<GrantFigureRow> out = new ArrayList<>();
        for (Object r : em.createNativeQuery(sql).setParameter(1, program).getResultList()) {
            Object[] a = (Object[]) r;
            out.add(row(level, ((Number) a[0]).longValue(), (String) a[1], a, 2));
        }
        return out;
    }

    static GrantFigureRow row(String level, Long id, String name, Object[] a, int at) {
        return new GrantFigureRow(level, id, name, n(a[at]), n(a[at + 1]), n(a[at + 2]), n(a[at + 3]), n(a[at + 4]),
                n(a[at + 5]), n(a[at + 6]), n(a[at + 7]));
    }

    static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    /**
     * 支払一覧 for the accounting system: every payment of the fiscal year (or of one program), paid from–to, as
     * UTF-8 CSV with a byte order mark and CRLF, one row per instalment, amounts in whole yen without separators.
     */
    public String paymentCsv(Integer fiscalYear, Long programId, LocalDate from, LocalDate to) {
        if (!currentUser.isOffice() && !(currentUser.isDepartment() && currentUser.sectionId() != null)) {
            throw ProblemException.forbidden("Only the office or an implementing section exports payments");
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (!currentUser.isOffice()) {
            params.add(currentUser.sectionId());
            where.append(" and p.section_id = ?").append(params.size());
        }
        if (fiscalYear != null) {
            params.add(fiscalYear);
            where.append(" and c.fiscal_year = ?").append(params.size());
        }
        if (programId != null) {
            params.add(programId);
            where.append(" and p.id = ?").append(params.size());
        }
        if (from != null) {
            params.add(from);
            where.append(" and g.paid_on >= ?").append(params.size());
        }
        if (to != null) {
            params.add(to);
            where.append(" and g.paid_on <= ?").append(params.size());
        }
        var q = em.createNativeQuery("select g.paid_on, c.fiscal_year, p.id, p.name, s.code, s.name, o.code, o.name, w.name, d.name, "
                + "g.instalment, g.yen, c.decided_yen, g.note, c.id from grant_payment g join grant_case c on c.id = g.case_id "
                + "join support_program p on p.id = c.program_id join section s on s.id = p.section_id "
                + "join organization o on o.id = c.organization_id left join district d on d.id = o.district_id "
                + "left join ward w on w.id = coalesce(o.ward_id, d.ward_id)" + where + " order by g.paid_on, c.id, g.instalment");
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        StringBuilder out = new StringBuilder().append(Csv.BOM).append(Csv.record(PAYMENT_COLUMNS));
        for (Object r : q.getResultList()) {
            Object[] a = (Object[]) r;
            List<String> fields = new ArrayList<>();
            for (Object v : a) {
                fields.add(v == null ? "" : FormulaGuard.protect(date(v)));
            }
            out.append(Csv.record(fields));
        }
        return out.toString();
    }

    static String date(Object v) {
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        return v.toString();
    }

    /** 交付決定額の公表: the decided (and, once settled, final) amount of every organization for the fiscal year. */
    public List<GrantedAmount> granted(int fiscalYear, Long programId) {
        List<GrantedAmount> out = new ArrayList<>();
        for (Object r : em.createNativeQuery("select c.fiscal_year, p.id, p.name, s.name, o.name, w.name, d.name, c.decided_yen, c.final_yen, "
                + "c.decided_on from grant_case c join support_program p on p.id = c.program_id join section s on s.id = p.section_id "
                + "join organization o on o.id = c.organization_id left join district d on d.id = o.district_id "
                + "left join ward w on w.id = coalesce(o.ward_id, d.ward_id) where c.fiscal_year = ?1 and c.decided_yen is not null "
                + "and (?2 = 0 or c.program_id = ?2) order by p.sort_order, p.id, w.code, d.kana, o.kana, o.id")
                .setParameter(1, fiscalYear).setParameter(2, programId == null ? 0L : programId).getResultList()) {
            Object[] a = (Object[]) r;
            out.add(new GrantedAmount(((Number) a[0]).intValue(), ((Number) a[1]).longValue(), (String) a[2], (String) a[3],
                    (String) a[4], (String) a[5], (String) a[6], ((Number) a[7]).longValue(), a[8] == null ? null : ((Number) a[8]).longValue(),
                    local(a[9])));
        }
        return out;
    }

    static LocalDate local(Object v) {
        return v instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) v;
    }

    public String grantedCsv(int fiscalYear, Long programId) {
        StringBuilder out = new StringBuilder().append(Csv.BOM).append(Csv.record(OPEN_COLUMNS));
        for (GrantedAmount g : granted(fiscalYear, programId)) {
            out.append(Csv.record(java.util.stream.Stream.of(String.valueOf(g.fiscalYear()), g.program(), g.section(), g.organization(),
                    g.ward(), g.district(), String.valueOf(g.decidedYen()), g.finalYen() == null ? null : String.valueOf(g.finalYen()),
                    g.decidedOn().toString()).map(v -> v == null ? "" : FormulaGuard.protect(v)).toList()));
        }
        return out.toString();
    }
}
