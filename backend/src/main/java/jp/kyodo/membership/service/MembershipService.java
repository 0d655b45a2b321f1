package jp.kyodo.membership.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.config.KyodoConfig;
import jp.kyodo.common.error.FieldProblem;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.error.ProblemType;
import jp.kyodo.common.paging.JpqlPage;
import jp.kyodo.common.paging.Keyset;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.persistence.Aggregate;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.text.Strings;
import jp.kyodo.membership.AreaCountMethod;
import jp.kyodo.membership.FigureChange;
import jp.kyodo.membership.JoinRate;
import jp.kyodo.membership.MembershipDtos.FigureRequest;
import jp.kyodo.membership.MembershipDtos.FigureResponse;
import jp.kyodo.membership.MembershipDtos.JoinRateRow;
import jp.kyodo.membership.MembershipFigure;
import jp.kyodo.organization.Organization;
import jp.kyodo.organization.OrganizationDeleting;
import jp.kyodo.organization.OrganizationKind;
import jp.kyodo.organization.service.OrganizationService;

/** 加入世帯数 and 加入率 — figures per association per fiscal year, and their sums by the database. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MembershipService {

    public static final int MIN_FISCAL_YEAR = 1950;
    public static final int MAX_FISCAL_YEAR = 2100;

    @Inject
    KyodoConfig config;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Writes writes;

    /**
     * 加入世帯数: history and 412 answers carry the API's representation (with the rate); shown in the
     * association's history. The import writes through the same aggregate.
     */
    public static final Aggregate<MembershipFigure> FIGURE = Aggregate.<MembershipFigure>of("MembershipFigure",
            m -> m.id, m -> m.version, MembershipService::toResponse).withParent("Organization",
                    m -> m.organization.id)
            .withDerived("JoinRate", m -> m.organization.district == null ? null : m.organization.district.id);

    @Inject
    OrganizationService organizations;

    public static FigureResponse toResponse(MembershipFigure m) {
        return new FigureResponse(m.id, m.organization.id, m.fiscalYear, m.households, m.memberHouseholds,
                JoinRate.of((long) m.memberHouseholds, (long) m.households), m.areaCountMethod, m.source,
                m.note, m.version, m.createdAt, m.updatedAt);
    }

    public Page<FigureResponse> list(long organizationId, PageParams p, Keyset k) {
        organizations.find(organizationId);
        StringBuilder where = new StringBuilder(" where m.organization.id = :org");
        Map<String, Object> params = new HashMap<>(Map.of("org", organizationId));
        k.restrict(where, params, "m.updatedAt", "m.id");
        String order = k.orderBy(" order by m.fiscalYear desc, m.id asc", "m.updatedAt", "m.id");
        return JpqlPage.of(MembershipFigure.getEntityManager(), "select count(m) from MembershipFigure m" + where,
                "select m from MembershipFigure m" + where + order, MembershipFigure.class, params, p, k)
                .map(MembershipService::toResponse);
    }

    public MembershipFigure find(long organizationId, int fiscalYear) {
        MembershipFigure m = MembershipFigure.<MembershipFigure>find("organization.id = ?1 and fiscalYear = ?2",
                organizationId, fiscalYear).firstResult();
        if (m == null) {
            throw ProblemException.notFound("Membership figures of organization " + organizationId + " for fiscal year",
                    fiscalYear);
        }
        return m;
    }

    public record Saved(FigureResponse body, boolean created) {
    }

    /** Creates the year's figures, or replaces them (then If-Match is required). */
    @Transactional
    public Saved put(long organizationId, int fiscalYear, FigureRequest r, String ifMatch) {
        Organization o = organizations.find(organizationId);
        currentUser.requireEditDistrict(o.districtId());
        validate(o, fiscalYear, r);
        MembershipFigure m = MembershipFigure.<MembershipFigure>find("organization.id = ?1 and fiscalYear = ?2",
                organizationId, fiscalYear).firstResult();
        requireConfirmedIfLarge(m != null ? m : MembershipFigure.<MembershipFigure>find(
                "organization.id = ?1 and fiscalYear = ?2", organizationId, fiscalYear - 1).firstResult(), r);
        if (m != null) {
            return new Saved(toResponse(writes.update(FIGURE, m, ifMatch, x -> fill(x, r.households(),
                    r.memberHouseholds(), r.areaCountMethod(), r.source(), r.note()))), false);
        }
        m = new MembershipFigure();
        m.organization = o;
        m.fiscalYear = fiscalYear;
        fill(m, r.households(), r.memberHouseholds(), r.areaCountMethod(), r.source(), r.note());
        return new Saved(toResponse(writes.create(FIGURE, m)), true);
    }

    /** Stores valid figures as the API and the import both store them (blank texts as null). */
    public static void fill(MembershipFigure m, int households, int memberHouseholds, AreaCountMethod method,
            String source, String note) {
        m.households = households;
        m.memberHouseholds = memberHouseholds;
        m.areaCountMethod = method;
        m.source = Strings.blankToNull(source);
        m.note = Strings.blankToNull(note);
    }

    /** Rules shared by the API and the import: valid year, an association, members within households. */
    public static List<FieldProblem> problems(Organization o, int fiscalYear, Integer households, Integer members) {
        List<FieldProblem> errors = new ArrayList<>();
        if (fiscalYear < MIN_FISCAL_YEAR || fiscalYear > MAX_FISCAL_YEAR) {
            errors.add(new FieldProblem("fiscalYear", "must be between " + MIN_FISCAL_YEAR + " and " + MAX_FISCAL_YEAR,
                    "Range"));
        }
        if (o != null) {
            OrganizationKind kind = OrganizationKind.findById(o.kindCode);
            if (kind == null || !kind.hasMembership) {
                errors.add(new FieldProblem("organizationId",
                        "membership figures are kept only for kinds with membership (neighborhood associations)",
                        "HasMembership"));
            }
        }
        if (households != null && members != null && members > households) {
            errors.add(new FieldProblem("memberHouseholds", "must not exceed households (" + households + ")",
                    "NotAboveHouseholds"));
        }
        return errors;
    }

    /** A change of more than the configured share against {@code reference} needs {@code confirmLargeChange}. */
    private void requireConfirmedIfLarge(MembershipFigure reference, FigureRequest r) {
        if (reference == null || Boolean.TRUE.equals(r.confirmLargeChange())) {
            return;
        }
        List<FieldProblem> large = FigureChange.problems(reference.households, reference.memberHouseholds,
                r.households(), r.memberHouseholds(), config.membership().confirmChangeShare());
        if (!large.isEmpty()) {
            throw new ProblemException(ProblemType.RULE_VIOLATION, "大きな変更です。入力を確かめ、正しければ確認して保存してください / "
                    + "A large change against the figures of " + reference.fiscalYear + ": check the numbers, and "
                    + "confirm them (confirmLargeChange: true) if they are right", FigureChange.RULE, large, null, Map.of());
        }
    }

    private static void validate(Organization o, int fiscalYear, FigureRequest r) {
        List<FieldProblem> errors = problems(o, fiscalYear, r.households(), r.memberHouseholds());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    @Transactional
    public void delete(long organizationId, int fiscalYear, String ifMatch) {
        Organization o = organizations.find(organizationId);
        currentUser.requireEditDistrict(o.districtId());
        writes.delete(FIGURE, find(organizationId, fiscalYear), ifMatch);
    }

    /** An organization's figures go with it. */
    void deleteFigures(@Observes OrganizationDeleting e) {
        em.createQuery("delete from MembershipFigure m where m.organization.id = :o")
                .setParameter("o", e.organizationId()).executeUpdate();
    }

    public enum Level {
        CITY, WARD, DISTRICT
    }

    public record JoinRateFilter(Level level, Long wardId, Long districtId, Integer fromYear, Integer toYear) {
    }

    /** Join rates grouped by level and fiscal year; the sums are computed by one grouped query. */
    public Page<JoinRateRow> joinRates(JoinRateFilter f, PageParams p) {
        Level level = f.level() == null ? Level.CITY : f.level();
        String select;
        String group;
        switch (level) {
            case WARD -> {
                select = "select w.id, w.code, w.name, m.fiscalYear, count(m), sum(m.households), sum(m.memberHouseholds)";
                group = " group by w.id, w.code, w.name, m.fiscalYear order by w.code, m.fiscalYear";
            }
            case DISTRICT -> {
                select = "select d.id, d.code, d.name, m.fiscalYear, count(m), sum(m.households), sum(m.memberHouseholds)";
                group = " group by d.id, d.code, d.name, m.fiscalYear order by d.code, m.fiscalYear";
            }
            default -> {
                select = "select m.fiscalYear, count(m), sum(m.households), sum(m.memberHouseholds)";
                group = " group by m.fiscalYear order by m.fiscalYear";
            }
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.wardId() != null) {
            where.append(" and w.id = :ward");
            params.put("ward", f.wardId());
        }
        if (f.districtId() != null) {
            where.append(" and d.id = :district");
            params.put("district", f.districtId());
        }
        if (f.fromYear() != null) {
            where.append(" and m.fiscalYear >= :from");
            params.put("from", f.fromYear());
        }
        if (f.toYear() != null) {
            where.append(" and m.fiscalYear <= :to");
            params.put("to", f.toYear());
        }
        var q = em.createQuery(select + " from MembershipFigure m join m.organization o join o.district d join d.ward w"
                + where + group, Object[].class);
        params.forEach(q::setParameter);
        List<JoinRateRow> all = new ArrayList<>();
        for (Object[] r : q.getResultList()) {
            if (level == Level.CITY) {
                all.add(row("CITY", null, null, "市全体", r[0], r[1], r[2], r[3]));
            } else {
                all.add(row(level.name(), (Long) r[0], (String) r[1], (String) r[2], r[3], r[4], r[5], r[6]));
            }
        }
        int from = Math.min(p.offset(), all.size());
        int to = Math.min(from + p.size, all.size());
        return new Page<>(all.subList(from, to), all.size(), p.page, p.size);
    }

    private static JoinRateRow row(String level, Long id, String code, String name, Object fy, Object n, Object h,
            Object mh) {
        long households = ((Number) h).longValue();
        long members = ((Number) mh).longValue();
        return new JoinRateRow(level, id, code, name, ((Number) fy).intValue(), ((Number) n).longValue(), households,
                members, JoinRate.of(members, households));
    }
}
