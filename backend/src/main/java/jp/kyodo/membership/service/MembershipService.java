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

    @Inject
    MembershipTotals totals;

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
        // where the figure counts, read (and locked against a move) before the figure itself
        MembershipTotals.Place place = totals.lockPlace(organizationId);
        MembershipFigure m = MembershipFigure.<MembershipFigure>find("organization.id = ?1 and fiscalYear = ?2",
                organizationId, fiscalYear).firstResult();
        requireConfirmedIfLarge(m != null ? m : MembershipFigure.<MembershipFigure>find(
                "organization.id = ?1 and fiscalYear = ?2", organizationId, fiscalYear - 1).firstResult(), r);
        if (m != null) {
            int households = m.households;
            int members = m.memberHouseholds;
            MembershipFigure saved = writes.update(FIGURE, m, ifMatch, x -> fill(x, r.households(),
                    r.memberHouseholds(), r.areaCountMethod(), r.source(), r.note()));
            totals.figureSaved(place, fiscalYear, 0, saved.households - households, saved.memberHouseholds - members);
            return new Saved(toResponse(saved), false);
        }
        m = new MembershipFigure();
        m.organization = o;
        m.fiscalYear = fiscalYear;
        fill(m, r.households(), r.memberHouseholds(), r.areaCountMethod(), r.source(), r.note());
        MembershipFigure created = writes.create(FIGURE, m);
        totals.figureSaved(place, fiscalYear, 1, created.households, created.memberHouseholds);
        return new Saved(toResponse(created), true);
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
        MembershipTotals.Place place = totals.lockPlace(organizationId);
        MembershipFigure m = find(organizationId, fiscalYear);
        writes.delete(FIGURE, m, ifMatch);
        totals.figureSaved(place, fiscalYear, -1, -m.households, -m.memberHouseholds);
    }

    /** An organization's figures go with it, and leave the kept totals. */
    void deleteFigures(@Observes OrganizationDeleting e) {
        totals.organizationDeleting(e.organizationId());
        em.createQuery("delete from MembershipFigure m where m.organization.id = :o")
                .setParameter("o", e.organizationId()).executeUpdate();
    }

    public enum Level {
        CITY, WARD, DISTRICT
    }

    public record JoinRateFilter(Level level, Long wardId, Long districtId, Integer fromYear, Integer toYear) {
    }

    /**
     * Join rates by level and fiscal year, read from the kept totals ({@link MembershipTotals}) and paged by the
     * database. A ward or district filter narrows the sums to it, whatever the level (as the grouped sums over the
     * figures always did): the rows then come from the narrowest kept table the filters name.
     */
    public Page<JoinRateRow> joinRates(JoinRateFilter f, PageParams p) {
        Level level = f.level() == null ? Level.CITY : f.level();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        String from;
        if (f.districtId() != null || level == Level.DISTRICT) {
            from = " from membership_total_district t join district d on d.id = t.district_id join ward w on w.id = d.ward_id";
        } else if (f.wardId() != null || level == Level.WARD) {
            from = " from membership_total_ward t join ward w on w.id = t.ward_id";
        } else {
            from = " from membership_total_city t";
            where.append(" and t.figures > 0"); // a year of unplaced figures only has no city rate
        }
        if (f.wardId() != null) {
            where.append(" and w.id = :ward");
            params.put("ward", f.wardId());
        }
        if (f.districtId() != null) {
            where.append(" and d.id = :district");
            params.put("district", f.districtId());
        }
        if (f.fromYear() != null) {
            where.append(" and t.fiscal_year >= :from");
            params.put("from", f.fromYear());
        }
        if (f.toYear() != null) {
            where.append(" and t.fiscal_year <= :to");
            params.put("to", f.toYear());
        }
        String select = switch (level) {
            case WARD -> "select w.id, w.code, w.name";
            case DISTRICT -> "select d.id, d.code, d.name";
            default -> "select cast(null as bigint), cast(null as varchar(1)), cast(null as varchar(1))";
        };
        String order = switch (level) {
            case WARD -> " order by w.code, t.fiscal_year";
            case DISTRICT -> " order by d.code, t.fiscal_year";
            default -> " order by t.fiscal_year";
        };
        var count = em.createNativeQuery("select count(*)" + from + where);
        params.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        var q = em.createNativeQuery(select + ", t.fiscal_year, t.figures, t.households, t.member_households" + from + where
                + order);
        params.forEach(q::setParameter);
        q.setFirstResult(p.offset()).setMaxResults(p.size);
        List<JoinRateRow> items = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            if (level == Level.CITY) {
                items.add(row("CITY", null, null, "市全体", r[3], r[4], r[5], r[6]));
            } else {
                items.add(row(level.name(), ((Number) r[0]).longValue(), (String) r[1], (String) r[2], r[3], r[4], r[5], r[6]));
            }
        }
        return new Page<>(items, total, p.page, p.size);
    }

    private static JoinRateRow row(String level, Long id, String code, String name, Object fy, Object n, Object h,
            Object mh) {
        long households = ((Number) h).longValue();
        long members = ((Number) mh).longValue();
        return new JoinRateRow(level, id, code, name, ((Number) fy).intValue(), ((Number) n).longValue(), households,
                members, JoinRate.of(members, households));
    }
}
