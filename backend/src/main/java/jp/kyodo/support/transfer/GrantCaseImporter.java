package jp.kyodo.support.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.transfer.Bulk;
import jp.kyodo.common.transfer.DatasetSpec;
import jp.kyodo.common.transfer.ImportRow;
import jp.kyodo.common.transfer.ImportWrites;
import jp.kyodo.common.transfer.Importer;
import jp.kyodo.support.GrantCase;
import jp.kyodo.support.GrantStatus;
import jp.kyodo.support.service.GrantCases;
import jp.kyodo.support.service.GrantCases.ImportedSteps;

/**
 * 申請・実績報告の取込 — the bulk form of PUT /grant-cases/{id}/plan, /application and /report: each row names an
 * existing case (program, organization code) and the steps it records, checked in order as the case would check them
 * (a plan only while awaiting it, an application before the decision, a results report after it; days not in the
 * future and not before the step before), so each change reads in the case's history as the step it is. Cases are
 * read in one statement for the whole file; each program's rule once.
 */
@ApplicationScoped
class GrantCaseImporter implements Importer<GrantCaseImporter.State> {

    @Inject
    EntityManager em;

    @Inject
    Writes writes;

    @Inject
    GrantCases cases;

    @Inject
    Clock clock;

    record State(GrantCase existing, ImportedSteps steps) {
    }

    @Override
    public DatasetSpec dataset() {
        return GrantCaseDataset.SPEC;
    }

    @Override
    public List<Planned<State>> plan(List<ImportRow> rows) {
        Set<String> codes = new LinkedHashSet<>();
        Set<Long> programIds = new HashSet<>();
        for (ImportRow r : rows) {
            Bulk.add(codes, r.text("organizationCode"));
            Integer p = r.integer("programId");
            if (p != null) {
                programIds.add(p.longValue());
            }
        }
        Map<String, GrantCase> stored = new HashMap<>();
        if (!codes.isEmpty() && !programIds.isEmpty()) {
            for (GrantCase c : Bulk.load(codes, keys -> em.createQuery("select c from GrantCase c join fetch c.program p "
                    + "join fetch c.organization o where o.code in :codes and p.id in :programs", GrantCase.class)
                    .setParameter("codes", keys).setParameter("programs", programIds).getResultList())) {
                stored.put(key(c.program.id, c.organization.code), c);
            }
        }
        Set<Long> known = programIds.isEmpty() ? Set.of() : new HashSet<>(em.createQuery(
                "select p.id from SupportProgram p where p.id in :ids", Long.class).setParameter("ids", programIds).getResultList());
        Map<Long, Set<String>> priced = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        Map<String, Integer> firstRow = new HashMap<>();
        List<Planned<State>> plan = new ArrayList<>(rows.size());
        for (ImportRow r : rows) {
            Integer programId = r.integer("programId");
            String code = r.text("organizationCode");
            if (programId == null && !r.hasError("programId")) {
                r.error("programId", "must not be blank", "NotNull");
            }
            if (code == null) {
                r.error("organizationCode", "must not be blank", "NotBlank");
            }
            String key = programId == null || code == null ? null : key(programId.longValue(), code);
            if (key != null) {
                Integer first = firstRow.putIfAbsent(key, r.number());
                if (first != null) {
                    r.error(null, "the same program and organization are already in row " + first, "Duplicate");
                }
            }
            GrantCase c = key == null ? null : stored.get(key);
            if (programId != null && !known.contains(programId.longValue())) {
                r.error("programId", "no program has the number " + programId, "Exists");
            } else if (key != null && c == null) {
                r.error("organizationCode", "the program has no case of '" + code + "' (open the program's year first, "
                        + "or the organization is not of an eligible kind)", "Exists");
            }
            if (c == null) {
                plan.add(Planned.invalid(r, key));
                continue;
            }
            r.expectVersion(c.version);
            Set<String> units = priced.computeIfAbsent(c.program.id, x -> cases.pricedUnits(c.program));
            LocalDate planOn = day(r, "planReceivedOn", today);
            LocalDate appliedOn = day(r, "appliedOn", today);
            LocalDate reportedOn = day(r, "reportedOn", today);
            Long cost = r.has("eligibleCost") && r.integer("eligibleCost") != null ? Long.valueOf(r.integer("eligibleCost")) : c.eligibleCost;
            Map<String, Long> applied = r.has("units") ? parseUnits(r, "units", units) : cases.unitsOf(c.units);
            Long reportedCost = r.has("reportedCost") && r.integer("reportedCost") != null ? Long.valueOf(r.integer("reportedCost")) : c.reportedCost;
            Map<String, Long> reported = r.has("reportedUnits") ? parseUnits(r, "reportedUnits", units) : cases.unitsOf(c.reportedUnits);
            if (cost != null && cost < 0) {
                r.error("eligibleCost", "must not be negative", "Min");
            }
            if (reportedCost != null && reportedCost < 0) {
                r.error("reportedCost", "must not be negative", "Min");
            }
            List<String> changed = new ArrayList<>();
            // walk the steps in order, as the case itself would take them
            GrantStatus status = c.status;
            boolean planRequired = c.program.planDueOn != null;
            LocalDate planDay = c.planReceivedOn;
            if (planOn != null && !planOn.equals(c.planReceivedOn)) {
                if (c.planReceivedOn != null) {
                    r.error("planReceivedOn", "the business plan was received on " + c.planReceivedOn + "; that day is corrected in the case", "Recorded");
                } else if (!planRequired) {
                    r.error("planReceivedOn", "the program asks for no business plan", "NoPlan");
                } else if (status != GrantStatus.AWAITING_PLAN) {
                    r.error("planReceivedOn", "not possible while the case is " + status.ja, "Order");
                } else {
                    status = GrantStatus.PLAN_RECEIVED;
                    planDay = planOn;
                    changed.add("planReceivedOn");
                }
            }
            LocalDate appliedDay = c.appliedOn;
            boolean applicationChanges = appliedOn != null && !(appliedOn.equals(c.appliedOn) && Objects.equals(cost, c.eligibleCost)
                    && Objects.equals(cases.keptUnits(applied), c.units));
            if (appliedOn == null && (r.has("eligibleCost") && !Objects.equals(cost, c.eligibleCost)
                    || r.has("units") && !Objects.equals(cases.keptUnits(applied), c.units))) {
                r.error("appliedOn", "the application's day is needed with its cost and units", "Required");
            }
            if (applicationChanges) {
                boolean fromStart = status == GrantStatus.AWAITING_PLAN && !planRequired;
                if (status.decided()) {
                    r.error("appliedOn", "the case is decided (" + status.ja + "); its application is no longer changed", "Decided");
                } else if (!(status == GrantStatus.PLAN_RECEIVED || status == GrantStatus.APPLIED || fromStart)) {
                    r.error("appliedOn", "the business plan comes first (the case is " + status.ja + ")", "Order");
                } else if (planDay != null && appliedOn.isBefore(planDay)) {
                    r.error("appliedOn", "must not be before the business plan (" + planDay + ")", "InOrder");
                } else {
                    status = GrantStatus.APPLIED;
                    appliedDay = appliedOn;
                    changed.add("appliedOn");
                }
            }
            boolean reportChanges = reportedOn != null && !(reportedOn.equals(c.reportedOn) && Objects.equals(reportedCost, c.reportedCost)
                    && Objects.equals(cases.keptUnits(reported), c.reportedUnits));
            if (reportedOn == null && (r.has("reportedCost") && !Objects.equals(reportedCost, c.reportedCost)
                    || r.has("reportedUnits") && !Objects.equals(cases.keptUnits(reported), c.reportedUnits))) {
                r.error("reportedOn", "the results report's day is needed with its cost and units", "Required");
            }
            if (reportChanges) {
                if (!(status == GrantStatus.DECIDED || status == GrantStatus.REPORTED)) {
                    r.error("reportedOn", status.ordinal() > GrantStatus.REPORTED.ordinal()
                            ? "the case is " + status.ja + "; its results report is no longer changed"
                            : "the results report follows the grant decision (the case is " + status.ja + ")", "Order");
                } else if (c.decidedOn != null && reportedOn.isBefore(c.decidedOn)) {
                    r.error("reportedOn", "must not be before the decision (" + c.decidedOn + ")", "InOrder");
                } else {
                    changed.add("reportedOn");
                }
            }
            if (r.hasErrors()) {
                plan.add(Planned.invalid(r, key));
                continue;
            }
            ImportedSteps steps = new ImportedSteps(changed.contains("planReceivedOn") ? planOn : null,
                    applicationChanges ? appliedOn : null, cost, applied, reportChanges ? reportedOn : null, reportedCost, reported);
            plan.add(Planned.of(r, key, true, changed, new State(c, steps)));
        }
        return plan;
    }

    static String key(long programId, String code) {
        return programId + "/" + code;
    }

    static LocalDate day(ImportRow r, String column, LocalDate today) {
        LocalDate d = r.has(column) ? r.date(column) : null;
        if (d != null && d.isAfter(today)) {
            r.error(column, "must not be in the future", "PastOrPresent");
            return null;
        }
        return d;
    }

    /** "LED=5; NEW=2" (also full-width ＝ and ；, or commas) → units by the rule's keys. */
    static Map<String, Long> parseUnits(ImportRow r, String column, Set<String> priced) {
        String text = r.text(column);
        Map<String, Long> out = new TreeMap<>();
        if (text == null) {
            return out;
        }
        for (String part : text.replace('；', ';').replace('，', ';').replace(',', ';').replace('＝', '=').split(";")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            String k = eq < 0 ? p : p.substring(0, eq).strip();
            String v = eq < 0 ? "" : p.substring(eq + 1).strip().replace(",", "");
            long n;
            try {
                n = Long.parseLong(java.text.Normalizer.normalize(v, java.text.Normalizer.Form.NFKC));
            } catch (NumberFormatException e) {
                r.error(column, "'" + p + "' is not KEY=number", "Format");
                continue;
            }
            if (n < 0 || n > 1_000_000) {
                r.error(column, k + ": between 0 and 1000000", "Range");
            } else if (!priced.contains(k)) {
                r.error(column, "the program's rule prices no unit " + k + (priced.isEmpty() ? "" : " (it prices "
                        + String.join(", ", priced) + ")"), "KnownUnit");
            } else if (out.put(k, n) != null) {
                r.error(column, k + " named twice", "Unique");
            }
        }
        return out;
    }

    /** Each changed row through the case's own steps (history under the case and its program, change feed). */
    @Override
    public void apply(List<Planned<State>> plan) {
        ImportWrites.apply(writes, cases.aggregate(), plan, State::existing, s -> {
            throw new IllegalStateException("an import never creates a case");
        }, (x, s) -> cases.recordImported(x, s.steps()));
    }
}
