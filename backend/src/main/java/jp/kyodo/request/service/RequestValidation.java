package jp.kyodo.request.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.kyodo.common.error.FieldProblem;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.text.Strings;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.department.Section;
import jp.kyodo.organization.OrganizationKind;
import jp.kyodo.request.CityRequest;
import jp.kyodo.request.CityRequestDtos.CityRequestInput;
import jp.kyodo.request.CityRequestDtos.MonthTimes;

/**
 * 依頼等 — the checks of an input against stored data (Bean Validation has run), how a valid input is copied onto
 * a request, and the request as history shows it. Used by the API and, row by row, by the import.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RequestValidation {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CurrentUser caller;

    /** Bean Validation has run; these are the checks against stored data. 400 with every problem. */
    public CityRequestService.Validated validate(CityRequestInput in, CityRequest existing) {
        List<FieldProblem> errors = problems(in, existing == null ? null : existing.id, caller.sectionId());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Long sectionId = in.sectionId() != null ? in.sectionId() : existing != null && !caller.isDepartment()
                ? existing.section.id : caller.sectionId();
        Section section = Section.findById(sectionId);
        String code = in.code() == null || in.code().isBlank() ? null : in.code().strip();
        return new CityRequestService.Validated(section, code);
    }

    /** Problems of an input against stored data (also used by the import, row by row). */
    public static List<FieldProblem> problems(CityRequestInput in, Long selfId, Long callerSectionId) {
        List<FieldProblem> errors = new ArrayList<>();
        Long sectionId = in.sectionId() != null ? in.sectionId() : callerSectionId;
        if (sectionId == null && selfId == null) {
            errors.add(new FieldProblem("sectionId", "must name the issuing section (課)", "NotNull"));
        } else if (sectionId != null && Section.findById(sectionId) == null) {
            errors.add(new FieldProblem("sectionId", "no such section", "Exists"));
        }
        if (in.receiverKinds() != null) {
            for (String k : new HashSet<>(in.receiverKinds())) {
                if (k != null && OrganizationKind.findById(k) == null) {
                    errors.add(new FieldProblem("receiverKinds", "no organization kind '" + k + "'", "Exists"));
                }
            }
        }
        List<Long> districts = in.districtIds() == null ? List.of() : in.districtIds();
        List<Long> wards = in.wardIds() == null ? List.of() : in.wardIds();
        if (in.allDistricts() && !wards.isEmpty()) {
            errors.add(new FieldProblem("wardIds", "must be empty when allDistricts is true", "AllDistricts"));
        } else if (!wards.isEmpty()) {
            Set<Long> unique = new HashSet<>(wards);
            long found = (Long) CityRequest.getEntityManager()
                    .createQuery("select count(w) from Ward w where w.id in :ids").setParameter("ids", unique)
                    .getSingleResult();
            if (found != unique.size()) {
                errors.add(new FieldProblem("wardIds", "names a ward that does not exist", "Exists"));
            }
        }
        if (in.allDistricts() && !districts.isEmpty()) {
            errors.add(new FieldProblem("districtIds", "must be empty when allDistricts is true", "AllDistricts"));
        } else if (!in.allDistricts() && districts.isEmpty() && wards.isEmpty()) {
            errors.add(new FieldProblem("districtIds", "name at least one district or ward, or set allDistricts", "NotEmpty"));
        } else if (!districts.isEmpty()) {
            Set<Long> unique = new HashSet<>(districts);
            long found = (Long) CityRequest.getEntityManager()
                    .createQuery("select count(d) from District d where d.id in :ids").setParameter("ids", unique)
                    .getSingleResult();
            if (found != unique.size()) {
                errors.add(new FieldProblem("districtIds", "names a district that does not exist", "Exists"));
            }
        }
        if (in.schedule() != null) {
            Set<Integer> months = new HashSet<>();
            for (MonthTimes m : in.schedule()) {
                if (m != null && m.month() != null && !months.add(m.month())) {
                    errors.add(new FieldProblem("schedule", "month " + m.month() + " is listed twice", "Unique"));
                }
            }
        }
        String code = in.code() == null || in.code().isBlank() ? null : in.code().strip();
        if (code != null) {
            Long other = CityRequest.getEntityManager()
                    .createQuery("select r.id from CityRequest r where r.code = :c", Long.class).setParameter("c", code)
                    .getResultStream().findFirst().orElse(null);
            if (other != null && !other.equals(selfId)) {
                errors.add(new FieldProblem("code", "already used by another request", "Unique"));
            }
        }
        return errors;
    }

    /** Copies a valid input onto the entity (collections replaced, derived columns recomputed). */
    public static void apply(CityRequest r, CityRequestInput in, CityRequestService.Validated v) {
        r.section = v.section();
        r.title = in.title().strip();
        r.description = Strings.blankToNull(in.description());
        r.fiscalYear = in.fiscalYear();
        r.kind = in.kind();
        r.channel = in.channel();
        r.allDistricts = in.allDistricts();
        r.deadlineDays = in.deadlineDays();
        r.deadlineNote = Strings.blankToNull(in.deadlineNote());
        r.headCount = in.headCount();
        r.mandatory = in.mandatory();
        r.people = in.people();
        r.hoursPerPerson = in.hoursPerPerson().setScale(2, RoundingMode.HALF_UP);
        r.status = in.status();
        replace(r.asks, new HashSet<>(in.asks()));
        replace(r.receiverKinds, new HashSet<>(in.receiverKinds()));
        replace(r.districtIds, in.allDistricts() || in.districtIds() == null ? Set.of() : new HashSet<>(in.districtIds()));
        replace(r.wardIds, in.allDistricts() || in.wardIds() == null ? Set.of() : new HashSet<>(in.wardIds()));
        Map<Integer, Integer> schedule = new TreeMap<>();
        in.schedule().forEach(m -> schedule.put(m.month(), m.times()));
        if (!r.schedule.equals(schedule)) {
            r.schedule.clear();
            r.schedule.putAll(schedule);
        }
        r.occurrences = schedule.values().stream().mapToInt(Integer::intValue).sum();
        r.monthMask = CityRequest.monthMask(schedule.keySet());
        r.receiverKey = receiverKey(r.receiverKinds, r.allDistricts, r.districtIds, r.wardIds);
        r.searchKey = TextNormalizer.searchKey(r.title, r.code, r.section.name);
    }

    private static <T> void replace(Set<T> target, Set<T> values) {
        if (!target.equals(values)) {
            target.clear();
            target.addAll(values);
        }
    }

    /** Requests to the same receivers share a key (the merge-candidate rule); without wards it is what it always was. */
    static String receiverKey(Collection<String> kinds, boolean all, Collection<Long> districts, Collection<Long> wards) {
        String s = kinds.stream().sorted().collect(Collectors.joining(",")) + "|"
                + (all ? "ALL" : districts.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")))
                + (all || wards.isEmpty() ? "" : "|W" + wards.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String newCode(int fiscalYear) {
        while (true) {
            String code = "CR" + fiscalYear + "-" + Long.toString(1_000_000L + RANDOM.nextInt(34_000_000), 36).toUpperCase();
            if (CityRequest.count("code", code) == 0) {
                return code;
            }
        }
    }

    /** The request as history shows it: every field as text, number or boolean. */
    public static Map<String, Object> auditState(CityRequest r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", r.code);
        m.put("title", r.title);
        m.put("description", r.description);
        m.put("sectionId", r.section.id);
        m.put("fiscalYear", r.fiscalYear);
        m.put("kind", r.kind);
        m.put("asks", CityRequestService.sorted(r.asks).stream().map(Enum::name).collect(Collectors.joining(",")));
        m.put("receiverKinds", r.receiverKinds.stream().sorted().collect(Collectors.joining(",")));
        m.put("allDistricts", r.allDistricts);
        m.put("districtIds", r.districtIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
        m.put("wardIds", r.wardIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
        m.put("channel", r.channel);
        m.put("schedule", CityRequestService.schedule(r).stream().map(x -> x.month() + "x" + x.times()).collect(Collectors.joining(",")));
        m.put("deadlineDays", r.deadlineDays);
        m.put("deadlineNote", r.deadlineNote);
        m.put("headCount", r.headCount);
        m.put("mandatory", r.mandatory);
        m.put("people", r.people);
        m.put("hoursPerPerson", r.hoursPerPerson);
        m.put("status", r.status);
        return m;
    }
}
