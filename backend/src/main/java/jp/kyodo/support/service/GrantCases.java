package jp.kyodo.support.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.kyodo.account.AppUser;
import jp.kyodo.common.error.FieldProblem;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.paging.JpqlPage;
import jp.kyodo.common.paging.Keyset;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.paging.SortSpec;
import jp.kyodo.common.persistence.Aggregate;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.text.Strings;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.organization.Organization;
import jp.kyodo.support.GrantCase;
import jp.kyodo.support.GrantDtos.GrantApplicationInput;
import jp.kyodo.support.GrantDtos.GrantBulkDecision;
import jp.kyodo.support.GrantDtos.GrantCaseResponse;
import jp.kyodo.support.GrantDtos.GrantDecisionInput;
import jp.kyodo.support.GrantDtos.GrantInspectionInput;
import jp.kyodo.support.GrantDtos.GrantOpening;
import jp.kyodo.support.GrantDtos.GrantPaymentInput;
import jp.kyodo.support.GrantDtos.GrantPaymentResponse;
import jp.kyodo.support.GrantDtos.GrantPermissions;
import jp.kyodo.support.GrantDtos.GrantReportInput;
import jp.kyodo.support.GrantDtos.GrantSettlementInput;
import jp.kyodo.support.GrantDtos.GrantStepInput;
import jp.kyodo.support.GrantPayment;
import jp.kyodo.support.GrantStatus;
import jp.kyodo.support.SupportProgram;
import jp.kyodo.support.amount.Amount;
import jp.kyodo.support.amount.AmountBasis;
import jp.kyodo.support.amount.AmountRule;

/**
 * 交付案件 — the yearly cycle of a subsidy or consignment per organization. Who: the office and the implementing section
 * (DEPARTMENT users of the program's section) do everything; a liaison sees the cases of the organizations in their
 * districts and prepares them (business plan and application received, results report received, inspection done) but
 * never decides, pays or settles an amount. Anyone else does not learn a case exists (404).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GrantCases {

    static final Map<String, String> SORT = Map.of("organization", "o.kana", "status", "c.status", "district", "d.kana",
            "computedYen", "c.computedYen", "decidedYen", "c.decidedYen", "paidYen", "c.paidYen", "program", "p.name");

    static final TypeReference<TreeMap<String, Long>> UNITS = new TypeReference<>() {
    };

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Writes writes;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    @Inject
    GrantBasis registry;

    @Inject
    SupportPrograms programs;

    public record Filter(Long programId, Integer fiscalYear, GrantStatus status, Long wardId, Long districtId,
            Long organizationId, Boolean notSubmitted, Boolean inspectionDue, String q) {
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** 交付案件: history under the program; 412 answers carry the API's representation. */
    public Aggregate<GrantCase> aggregate() {
        return Aggregate.<GrantCase>of("GrantCase", c -> c.id, c -> c.version, this::toResponse)
                .withState(GrantCases::auditState).withParent("SupportProgram", c -> c.program.id);
    }

    static Map<String, Object> auditState(GrantCase c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("programId", c.program.id);
        m.put("organizationId", c.organization.id);
        m.put("status", c.status);
        m.put("planReceivedOn", c.planReceivedOn);
        m.put("appliedOn", c.appliedOn);
        m.put("eligibleCost", c.eligibleCost);
        m.put("units", c.units);
        m.put("households", c.households);
        m.put("memberHouseholds", c.memberHouseholds);
        m.put("population", c.population);
        m.put("computedYen", c.computedYen);
        m.put("decidedYen", c.decidedYen);
        m.put("overrideReason", c.overrideReason);
        m.put("decidedOn", c.decidedOn);
        m.put("decisionChangedOn", c.decisionChangedOn);
        m.put("paidYen", c.paidYen);
        m.put("reportedOn", c.reportedOn);
        m.put("reportedCost", c.reportedCost);
        m.put("reportedUnits", c.reportedUnits);
        m.put("inspectedOn", c.inspectedOn);
        m.put("findings", c.findings);
        m.put("corrections", c.corrections);
        m.put("finalYen", c.finalYen);
        m.put("finalReason", c.finalReason);
        m.put("refundYen", c.refundYen);
        m.put("settledOn", c.settledOn);
        return m;
    }

    // ---- who may do what ------------------------------------------------------------------------------

    boolean isSectionOf(SupportProgram p) {
        Long own = currentUser.sectionId();
        return currentUser.isDepartment() && own != null && own == p.sectionId;
    }

    boolean isLiaisonOf(GrantCase c) {
        Long district = c.organization.districtId();
        return currentUser.hasRole(Roles.LIAISON) && district != null && currentUser.districtIds().contains(district);
    }

    boolean canDecide(GrantCase c) {
        return currentUser.isOffice() || isSectionOf(c.program);
    }

    boolean canPrepare(GrantCase c) {
        return canDecide(c) || isLiaisonOf(c);
    }

    GrantPermissions permissions(GrantCase c) {
        boolean prepare = canPrepare(c);
        return new GrantPermissions(prepare && !c.status.decided(), canDecide(c) && c.status.ordinal() >= GrantStatus.APPLIED.ordinal(),
                prepare && c.status.decided());
    }

    void requireDecide(SupportProgram p) {
        if (!currentUser.isOffice() && !isSectionOf(p)) {
            throw ProblemException.forbidden("Only the office, or the program's implementing section, decides, pays and settles amounts");
        }
    }

    void requirePrepare(GrantCase c) {
        if (!canPrepare(c)) {
            throw ProblemException.forbidden("Only the office, the implementing section, or a liaison of the organization's district "
                    + "records the steps of a case");
        }
    }

    // ---- reading ----------------------------------------------------------------------------------------

    public boolean exist(long programId) {
        return em.createQuery("select count(c) from GrantCase c where c.program.id = :p", Long.class)
                .setParameter("p", programId).getSingleResult() > 0;
    }

    public GrantCase find(long id) {
        List<GrantCase> found = em.createQuery("select c from GrantCase c join fetch c.program join fetch c.organization o "
                + "left join fetch o.district d left join fetch d.ward left join fetch o.ward where c.id = :id", GrantCase.class)
                .setParameter("id", id).getResultList();
        if (found.isEmpty() || !(canPrepare(found.get(0)))) {
            throw ProblemException.notFound("GrantCase", id);
        }
        return found.get(0);
    }

    public GrantCaseResponse get(long id) {
        return toResponse(find(id));
    }

    public Page<GrantCaseResponse> list(Filter f, PageParams page, Keyset k) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!currentUser.isOffice()) {
            if (currentUser.hasRole(Roles.LIAISON)) {
                Set<Long> districts = currentUser.districtIds();
                where.append(districts.isEmpty() ? " and 1 = 0" : " and d.id in :scope");
                if (!districts.isEmpty()) {
                    params.put("scope", districts);
                }
            } else if (currentUser.isDepartment() && currentUser.sectionId() != null) {
                where.append(" and p.sectionId = :own");
                params.put("own", currentUser.sectionId());
            } else {
                where.append(" and 1 = 0");
            }
        }
        if (f.programId() != null) {
            where.append(" and p.id = :program");
            params.put("program", f.programId());
        }
        if (f.fiscalYear() != null) {
            where.append(" and c.fiscalYear = :fy");
            params.put("fy", f.fiscalYear());
        }
        if (f.status() != null) {
            where.append(" and c.status = :status");
            params.put("status", f.status());
        }
        if (Boolean.TRUE.equals(f.notSubmitted())) {
            where.append(" and c.status = :awaiting");
            params.put("awaiting", GrantStatus.AWAITING_PLAN);
        }
        if (Boolean.TRUE.equals(f.inspectionDue())) {
            where.append(" and c.status = :reported");
            params.put("reported", GrantStatus.REPORTED);
        }
        if (f.wardId() != null) {
            where.append(" and (w.id = :ward or ow.id = :ward)");
            params.put("ward", f.wardId());
        }
        if (f.districtId() != null) {
            where.append(" and d.id = :district");
            params.put("district", f.districtId());
        }
        if (f.organizationId() != null) {
            where.append(" and o.id = :org");
            params.put("org", f.organizationId());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and o.searchKey like :q escape '\\'");
            params.put("q", TextNormalizer.likeContains(f.q()));
        }
        k.restrict(where, params, "c.updatedAt", "c.id");
        String order = k.orderBy(SortSpec.orderBy(page.sort, SORT, "organization", "c.id"), "c.updatedAt", "c.id");
        String joins = " from GrantCase c join c.program p join c.organization o left join o.district d left join d.ward w left join o.ward ow";
        String fetches = " from GrantCase c join fetch c.program p join fetch c.organization o left join fetch o.district d "
                + "left join fetch d.ward w left join fetch o.ward ow";
        Page<GrantCase> found = JpqlPage.of(em, "select count(c)" + joins + where, "select c" + fetches + where + order,
                GrantCase.class, params, page, k);
        Map<Long, List<GrantPaymentResponse>> payments = payments(found.items().stream().map(c -> c.id).toList());
        // each program's rule read once per page, not once per reported case
        Map<Long, java.util.Optional<AmountRule>> rules = new HashMap<>();
        return found.map(c -> toResponse(c, payments.getOrDefault(c.id, List.of()),
                rules.computeIfAbsent(c.program.id, x -> java.util.Optional.ofNullable(programs.rule(c.program))).orElse(null)));
    }

    Map<Long, List<GrantPaymentResponse>> payments(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<GrantPaymentResponse>> out = new HashMap<>();
        for (GrantPayment p : em.createQuery("select p from GrantPayment p where p.grantCase.id in :ids order by p.instalment",
                GrantPayment.class).setParameter("ids", caseIds).getResultList()) {
            out.computeIfAbsent(p.grantCase.id, x -> new ArrayList<>())
                    .add(new GrantPaymentResponse(p.instalment, p.paidOn, p.yen, p.recordedBy, p.note));
        }
        return out;
    }

    GrantCaseResponse toResponse(GrantCase c) {
        return toResponse(c, payments(List.of(c.id)).getOrDefault(c.id, List.of()), programs.rule(c.program));
    }

    GrantCaseResponse toResponse(GrantCase c, List<GrantPaymentResponse> paid, AmountRule rule) {
        Organization o = c.organization;
        SupportProgram p = c.program;
        var ward = o.ward != null ? o.ward : o.district == null ? null : o.district.ward;
        Long settlement = c.status.ordinal() >= GrantStatus.REPORTED.ordinal() ? settlementYen(c, rule) : null;
        return new GrantCaseResponse(c.id, p.id, p.name, p.kind, c.fiscalYear, o.id, o.name, o.kana,
                o.district == null ? null : o.district.id, o.district == null ? null : o.district.name,
                ward == null ? null : ward.id, ward == null ? null : ward.name, c.status, c.planReceivedOn, c.planReceivedBy,
                c.appliedOn, c.appliedBy, c.eligibleCost, units(c.units), c.households, c.memberHouseholds, c.population,
                c.computedYen, lines(c.computedSteps), lines(c.computedMissing), c.decidedYen, c.overrideReason, c.decidedOn,
                c.decidedBy, c.decisionChangedOn, c.decisionChangedBy, c.paidYen, paid, c.reportedOn, c.reportedBy, c.reportedCost, units(c.reportedUnits),
                c.inspectedOn, c.inspectedBy, c.findings, c.corrections, settlement, c.finalYen, c.finalReason, c.refundYen,
                c.settledOn, c.settledBy, nextDue(c), permissions(c), c.version, c.createdAt, c.updatedAt);
    }

    static List<String> lines(String s) {
        return s == null || s.isEmpty() ? List.of() : List.of(s.split("\n"));
    }

    static LocalDate nextDue(GrantCase c) {
        SupportProgram p = c.program;
        return switch (c.status) {
            case AWAITING_PLAN -> p.planDueOn != null ? p.planDueOn : p.applicationDueOn;
            case PLAN_RECEIVED -> p.applicationDueOn;
            case DECIDED -> p.resultsDueOn;
            default -> null;
        };
    }

    Map<String, Long> units(String text) {
        if (text == null) {
            return Map.of();
        }
        try {
            return json.readValue(text, UNITS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    String unitsText(Map<String, Long> units) {
        if (units == null || units.isEmpty()) {
            return null;
        }
        try {
            return json.writeValueAsString(new TreeMap<>(units));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- imports (取込) -----------------------------------------------------------------------------------

    /**
     * What an imported row records on a case: the steps it names, in order, through the entity's own transitions
     * (the importer has checked the order and the days). A step already recorded with the same values is left as it is.
     */
    public record ImportedSteps(LocalDate planOn, LocalDate appliedOn, Long eligibleCost, Map<String, Long> units,
            LocalDate reportedOn, Long reportedCost, Map<String, Long> reportedUnits) {
    }

    public void recordImported(GrantCase x, ImportedSteps s) {
        String by = me();
        if (s.planOn() != null && x.planReceivedOn == null) {
            x.receivePlan(s.planOn(), by);
        }
        if (s.appliedOn() != null && !x.status.decided() && !(s.appliedOn().equals(x.appliedOn)
                && java.util.Objects.equals(s.eligibleCost(), x.eligibleCost) && java.util.Objects.equals(unitsText(s.units()), x.units))) {
            x.apply(s.appliedOn(), by, x.program.planDueOn != null);
            x.eligibleCost = s.eligibleCost();
            x.units = unitsText(s.units());
            compute(x, programs.rule(x.program));
        }
        if (s.reportedOn() != null && (x.status == GrantStatus.DECIDED || x.status == GrantStatus.REPORTED)
                && !(s.reportedOn().equals(x.reportedOn) && java.util.Objects.equals(s.reportedCost(), x.reportedCost)
                        && java.util.Objects.equals(unitsText(s.reportedUnits()), x.reportedUnits))) {
            x.report(s.reportedOn(), by, s.reportedCost(), unitsText(s.reportedUnits()));
        }
    }

    /** The unit keys the program's rule prices (empty when it prices none). */
    public Set<String> pricedUnits(SupportProgram p) {
        return priced(programs.rule(p));
    }

    /** Units as kept on a case (JSON) → a map; {@link #unitsText} the other way. */
    public Map<String, Long> unitsOf(String kept) {
        return units(kept);
    }

    public String keptUnits(Map<String, Long> units) {
        return unitsText(units);
    }

    // ---- computing ------------------------------------------------------------------------------------

    /** The case's basis: the registry's figures kept on it and what the application states. */
    AmountBasis basis(GrantCase c, Long cost, String unitsText) {
        return AmountBasis.of().withHouseholds(c.households, c.memberHouseholds).withPopulation(c.population)
                .withEligibleCost(cost).withUnits(units(unitsText));
    }

    void compute(GrantCase c, AmountRule rule) {
        if (rule == null) {
            c.computedYen = null;
            c.computedSteps = null;
            c.computedMissing = "amountRule";
            return;
        }
        Amount a = rule.compute(basis(c, c.eligibleCost, c.units));
        c.computedYen = a.yen();
        c.computedSteps = a.steps().isEmpty() ? null : String.join("\n", a.steps());
        c.computedMissing = a.missing().isEmpty() ? null : String.join("\n", a.missing());
    }

    /** The settlement's computation: the rule over what the results report states, at most the decided amount. */
    Long settlementYen(GrantCase c) {
        return settlementYen(c, programs.rule(c.program));
    }

    Long settlementYen(GrantCase c, AmountRule rule) {
        if (rule == null || c.decidedYen == null) {
            return c.decidedYen;
        }
        Long cost = c.reportedCost != null ? c.reportedCost : c.eligibleCost;
        String units = c.reportedUnits != null ? c.reportedUnits : c.units;
        Amount a = rule.compute(basis(c, cost, units));
        return a.computed() ? Math.min(a.yen(), c.decidedYen) : c.decidedYen;
    }

    void setFigures(GrantCase c, GrantBasis.Figures f) {
        c.households = f.households();
        c.memberHouseholds = f.memberHouseholds();
        c.population = f.population();
    }

    /**
     * 年度の開始: a case for every organization of the program's eligible kinds that has none yet, each with its
     * registry figures and computed amount. The cases not yet decided also get their figures and amounts again (the
     * registry may have changed since).
     */
    @Transactional
    public GrantOpening open(long programId) {
        SupportProgram p = programs.find(programId);
        requireDecide(p);
        if (!p.kind.granted()) {
            throw ProblemException.conflict("Only a subsidy or a consignment has cases per organization");
        }
        if (p.eligibleKinds.isEmpty()) {
            throw ProblemException.conflict("The program names no eligible organization kind");
        }
        List<Object[]> orgs = em.createQuery("select o.id, o.kindCode, d.id from Organization o left join o.district d "
                + "where o.kindCode in :kinds and not exists (select 1 from GrantCase c where c.program.id = :p and c.organization.id = o.id) "
                + "order by o.id", Object[].class).setParameter("kinds", p.eligibleKinds).setParameter("p", p.id).getResultList();
        int existing = em.createQuery("select count(c) from GrantCase c where c.program.id = :p", Long.class)
                .setParameter("p", p.id).getSingleResult().intValue();
        AmountRule rule = programs.rule(p);
        List<GrantBasis.Org> basisOrgs = orgs.stream().map(r -> new GrantBasis.Org((Long) r[0], (String) r[1], (Long) r[2])).toList();
        Map<Long, GrantBasis.Figures> figures = registry.read(basisOrgs, p.figuresYear);
        List<NewCase> created = new ArrayList<>();
        for (GrantBasis.Org o : basisOrgs) {
            GrantCase c = new GrantCase();
            c.program = p;
            c.fiscalYear = p.fiscalYear;
            c.status = GrantStatus.AWAITING_PLAN;
            setFigures(c, figures.get(o.id()));
            compute(c, rule);
            created.add(new NewCase(o.id(), c));
        }
        recompute(p);
        if (!created.isEmpty()) {
            long before = em.createQuery("select coalesce(max(c.id), 0) from GrantCase c where c.program.id = :p", Long.class)
                    .setParameter("p", p.id).getSingleResult();
            insert(created);
            writes.insertedInBulk(aggregate(), em.createQuery("select c from GrantCase c join fetch c.program "
                    + "where c.program.id = :p and c.id > :before order by c.id", GrantCase.class)
                    .setParameter("p", p.id).setParameter("before", before).getResultList());
        }
        Object[] sums = em.createQuery("select count(c.computedYen), coalesce(sum(c.computedYen), 0), count(c) from GrantCase c "
                + "where c.program.id = :p", Object[].class).setParameter("p", p.id).getSingleResult();
        long computed = ((Number) sums[0]).longValue();
        return new GrantOpening(p.id, orgs.size(), existing, (int) computed, (int) (((Number) sums[2]).longValue() - computed),
                ((Number) sums[1]).longValue());
    }

    /** Cases per insert statement (14 parameters each). */
    static final int INSERT_ROWS = 100;

    static final String INSERT_COLUMNS = "insert into grant_case (program_id, organization_id, fiscal_year, status, households, "
            + "member_households, population, computed_yen, computed_steps, computed_missing, paid_yen, version, created_at, updated_at) values ";

    /** A case to insert: its organization and its values (program, year, figures, amount). */
    record NewCase(long organizationId, GrantCase values) {
    }

    /**
     * New cases in multi-row inserts of {@value #INSERT_ROWS}, sent as one JDBC batch: a year of a large city's
     * organizations in a few round trips, not one insert each (their identity ids keep Hibernate from batching).
     */
    void insert(List<NewCase> cases) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            int whole = cases.size() / INSERT_ROWS * INSERT_ROWS;
            if (whole > 0) {
                try (var insert = connection.prepareStatement(insertSql(INSERT_ROWS))) {
                    for (int i = 0; i < whole; i += INSERT_ROWS) {
                        bind(insert, cases.subList(i, i + INSERT_ROWS), now);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
            if (whole < cases.size()) {
                try (var insert = connection.prepareStatement(insertSql(cases.size() - whole))) {
                    bind(insert, cases.subList(whole, cases.size()), now);
                    insert.executeUpdate();
                }
            }
        });
    }

    static String insertSql(int rows) {
        return INSERT_COLUMNS + String.join(", ", java.util.Collections.nCopies(rows, "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"));
    }

    static void bind(java.sql.PreparedStatement s, List<NewCase> cases, OffsetDateTime now) throws java.sql.SQLException {
        int i = 1;
        for (NewCase n : cases) {
            GrantCase c = n.values();
            s.setLong(i++, c.program.id);
            s.setLong(i++, n.organizationId());
            s.setInt(i++, c.fiscalYear);
            s.setString(i++, c.status.name());
            s.setObject(i++, c.households, java.sql.Types.BIGINT);
            s.setObject(i++, c.memberHouseholds, java.sql.Types.BIGINT);
            s.setObject(i++, c.population, java.sql.Types.BIGINT);
            s.setObject(i++, c.computedYen, java.sql.Types.BIGINT);
            s.setString(i++, c.computedSteps);
            s.setString(i++, c.computedMissing);
            s.setLong(i++, c.paidYen);
            s.setObject(i++, now);
            s.setObject(i++, now);
        }
    }

    /** The registry's figures and the amounts of the program's cases not yet decided, read and computed again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recompute(SupportProgram p) {
        List<GrantCase> open = em.createQuery("select c from GrantCase c join fetch c.organization o left join fetch o.district "
                + "where c.program.id = :p and c.status in :open", GrantCase.class).setParameter("p", p.id)
                .setParameter("open", List.of(GrantStatus.AWAITING_PLAN, GrantStatus.PLAN_RECEIVED, GrantStatus.APPLIED))
                .getResultList();
        if (open.isEmpty() || p.figuresYear == null) {
            return;
        }
        Map<Long, GrantBasis.Figures> figures = registry.read(open.stream().map(c -> new GrantBasis.Org(c.organization.id,
                c.organization.kindCode, c.organization.districtId())).toList(), p.figuresYear);
        AmountRule rule = programs.rule(p);
        List<Writes.Staged<GrantCase>> staged = new ArrayList<>();
        for (GrantCase c : open) {
            staged.add(writes.stage(aggregate(), c, x -> {
                setFigures(x, figures.get(x.organization.id));
                compute(x, rule);
            }));
        }
        writes.finish(staged);
    }

    // ---- steps ----------------------------------------------------------------------------------------

    String me() {
        Long id = currentUser.userId();
        AppUser u = id == null ? null : AppUser.findById(id);
        return u == null ? currentUser.username() : u.displayName;
    }

    LocalDate day(String field, LocalDate given, LocalDate notBefore, String before) {
        LocalDate on = given == null ? today() : given;
        if (on.isAfter(today())) {
            throw ProblemException.invalid(field, "must not be in the future", "PastOrPresent");
        }
        if (notBefore != null && on.isBefore(notBefore)) {
            throw ProblemException.invalid(field, "must not be before " + before + " (" + notBefore + ")", "InOrder");
        }
        return on;
    }

    @Transactional
    public GrantCaseResponse receivePlan(long id, GrantStepInput body, String ifMatch) {
        GrantCase c = find(id);
        requirePrepare(c);
        LocalDate on = day("on", body == null ? null : body.on(), null, null);
        String by = me();
        return toResponse(writes.update(aggregate(), c, ifMatch, x -> x.receivePlan(on, by)));
    }

    @Transactional
    public GrantCaseResponse apply(long id, GrantApplicationInput body, String ifMatch) {
        GrantCase c = find(id);
        requirePrepare(c);
        LocalDate on = day("on", body.on(), c.planReceivedOn, "the business plan");
        checkUnits("units", body.units(), programs.rule(c.program));
        String by = me();
        AmountRule rule = programs.rule(c.program);
        return toResponse(writes.update(aggregate(), c, ifMatch, x -> {
            x.apply(on, by, x.program.planDueOn != null);
            x.eligibleCost = body.eligibleCost();
            x.units = unitsText(body.units());
            compute(x, rule);
        }));
    }

    void checkUnits(String field, Map<String, Long> units, AmountRule rule) {
        if (units == null || units.isEmpty()) {
            return;
        }
        Set<String> priced = priced(rule);
        List<FieldProblem> errors = new ArrayList<>();
        for (String k : units.keySet()) {
            if (!priced.contains(k)) {
                errors.add(new FieldProblem(field + "." + k, "the program's rule prices no unit " + k
                        + (priced.isEmpty() ? "" : " (it prices " + String.join(", ", priced) + ")"), "KnownUnit"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    static Set<String> priced(AmountRule rule) {
        if (rule instanceof AmountRule.PerUnit u) {
            return u.units();
        }
        if (rule instanceof AmountRule.Combined c) {
            return c.parts().stream().flatMap(r -> priced(r).stream()).collect(Collectors.toCollection(java.util.TreeSet::new));
        }
        return Set.of();
    }

    @Transactional
    public GrantCaseResponse decide(long id, GrantDecisionInput body, String ifMatch) {
        GrantCase c = find(id);
        requireDecide(c.program);
        boolean correction = c.status == GrantStatus.DECIDED;
        LocalDate on = correction ? day("on", body.on(), c.decisionChangedOn != null ? c.decisionChangedOn : c.decidedOn, "the decision")
                : day("on", body.on(), c.appliedOn, "the application");
        Long yen = body.yen() != null ? body.yen() : c.computedYen;
        String reason = Strings.blankToNull(body.reason());
        if (yen == null) {
            throw ProblemException.invalid("yen", "the amount cannot be computed (" + String.join(", ", lines(c.computedMissing))
                    + " missing); give the amount and a reason", "Required");
        }
        if (!Objects.equals(yen, c.computedYen) && reason == null) {
            throw ProblemException.invalid("reason", "an amount other than the computed one ("
                    + (c.computedYen == null ? "none" : c.computedYen + " yen") + ") needs a reason", "Required");
        }
        if (yen < c.paidYen) {
            throw ProblemException.conflict("The decided amount cannot be below what has been paid (" + c.paidYen + " yen)");
        }
        String by = me();
        return toResponse(writes.update(aggregate(), c, ifMatch,
                x -> x.decide(yen, Objects.equals(yen, x.computedYen) ? null : reason, on, by)));
    }

    /** 一括交付決定: every applied case of the program with a computed amount, decided as computed. */
    @Transactional
    public GrantBulkDecision decideAll(long programId, LocalDate given) {
        SupportProgram p = programs.find(programId);
        requireDecide(p);
        LocalDate on = day("on", given, null, null);
        List<GrantCase> applied = em.createQuery("select c from GrantCase c join fetch c.organization where c.program.id = :p "
                + "and c.status = :applied", GrantCase.class).setParameter("p", p.id)
                .setParameter("applied", GrantStatus.APPLIED).getResultList();
        String by = me();
        List<Writes.Staged<GrantCase>> staged = new ArrayList<>();
        int missing = 0;
        long sum = 0;
        for (GrantCase c : applied) {
            if (c.computedYen == null) {
                missing++;
                continue;
            }
            if (c.appliedOn != null && on.isBefore(c.appliedOn)) {
                throw ProblemException.invalid("on", "must not be before an application (" + c.appliedOn + ")", "InOrder");
            }
            sum += c.computedYen;
            staged.add(writes.stage(aggregate(), c, x -> x.decide(x.computedYen, null, on, by)));
        }
        writes.finish(staged);
        return new GrantBulkDecision(staged.size(), missing, sum);
    }

    @Transactional
    public GrantCaseResponse pay(long id, GrantPaymentInput body, String ifMatch) {
        GrantCase c = find(id);
        requireDecide(c.program);
        LocalDate on = day("paidOn", body.paidOn(), c.decidedOn, "the decision");
        int next = em.createQuery("select coalesce(max(p.instalment), 0) from GrantPayment p where p.grantCase.id = :c", Integer.class)
                .setParameter("c", c.id).getSingleResult() + 1;
        String by = me();
        writes.update(aggregate(), c, ifMatch, x -> x.pay(body.yen()));
        GrantPayment payment = new GrantPayment();
        payment.grantCase = c;
        payment.instalment = next;
        payment.paidOn = on;
        payment.yen = body.yen();
        payment.recordedBy = by;
        payment.note = Strings.blankToNull(body.note());
        payment.createdAt = OffsetDateTime.now(clock);
        payment.persist();
        return toResponse(c);
    }

    @Transactional
    public GrantCaseResponse report(long id, GrantReportInput body, String ifMatch) {
        GrantCase c = find(id);
        requirePrepare(c);
        LocalDate on = day("on", body.on(), c.decidedOn, "the decision");
        checkUnits("units", body.units(), programs.rule(c.program));
        String by = me();
        return toResponse(writes.update(aggregate(), c, ifMatch, x -> x.report(on, by, body.cost(), unitsText(body.units()))));
    }

    @Transactional
    public GrantCaseResponse inspect(long id, GrantInspectionInput body, String ifMatch) {
        GrantCase c = find(id);
        requirePrepare(c);
        LocalDate on = day("on", body.on(), c.reportedOn, "the results report");
        String by = me();
        return toResponse(writes.update(aggregate(), c, ifMatch,
                x -> x.inspect(on, by, Strings.blankToNull(body.findings()), Strings.blankToNull(body.corrections()))));
    }

    @Transactional
    public GrantCaseResponse settle(long id, GrantSettlementInput body, String ifMatch) {
        GrantCase c = find(id);
        requireDecide(c.program);
        if (c.status.ordinal() < GrantStatus.REPORTED.ordinal()) {
            throw ProblemException.conflict("Fixing the final amount is not possible while the case is " + c.status.ja
                    + " (" + c.status + ")");
        }
        LocalDate on = day("on", body.on(), c.inspectedOn != null ? c.inspectedOn : c.reportedOn,
                c.inspectedOn != null ? "the inspection" : "the results report");
        Long computed = settlementYen(c);
        long yen = body.yen() != null ? body.yen() : computed;
        String reason = Strings.blankToNull(body.reason());
        if (c.decidedYen != null && yen > c.decidedYen) {
            throw ProblemException.invalid("yen", "must not exceed the decided amount (" + c.decidedYen + " yen)", "AtMostDecided");
        }
        if (!Objects.equals(yen, computed) && reason == null) {
            throw ProblemException.invalid("reason", "a final amount other than the settlement's computation (" + computed
                    + " yen) needs a reason", "Required");
        }
        String by = me();
        return toResponse(writes.update(aggregate(), c, ifMatch,
                x -> x.settle(yen, Objects.equals(yen, computed) ? null : reason, on, by)));
    }
}
