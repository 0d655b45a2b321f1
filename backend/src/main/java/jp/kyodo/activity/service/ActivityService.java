package jp.kyodo.activity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodo.account.AppUser;
import jp.kyodo.activity.Activity;
import jp.kyodo.activity.Activity.StaffPresent;
import jp.kyodo.activity.ActivityDtos.ActivityRequest;
import jp.kyodo.activity.ActivityDtos.ActivityResponse;
import jp.kyodo.activity.ActivityDtos.DistrictRef;
import jp.kyodo.activity.ActivityDtos.FollowUpInput;
import jp.kyodo.activity.ActivityDtos.FollowUpResponse;
import jp.kyodo.activity.ActivityDtos.FollowUpStatusRequest;
import jp.kyodo.activity.ActivityDtos.OrganizationRef;
import jp.kyodo.activity.ActivityDtos.SectionRef;
import jp.kyodo.activity.ActivityDtos.StaffInput;
import jp.kyodo.activity.ActivityDtos.StaffResponse;
import jp.kyodo.activity.ActivityType;
import jp.kyodo.activity.FollowUp;
import jp.kyodo.activity.FollowUpStatus;
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
import jp.kyodo.common.text.Strings;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.common.web.Japanese;
import jp.kyodo.common.web.Permissions;
import jp.kyodo.department.Section;
import jp.kyodo.district.District;
import jp.kyodo.organization.Organization;

/**
 * 活動記録 — the liaison's activity log and its follow-ups. Every change goes through {@link Writes} with the record's
 * aggregate (follow-ups included in its state), so the history shows who changed what, and If-Match guards each one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ActivityService {

    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    static final Map<String, String> SORT = Map.of("occurredOn", "a.occurredOn", "type", "a.type", "updatedAt",
            "a.updatedAt");

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ActivityPolicy policy;

    @Inject
    Writes writes;

    @Inject
    Clock clock;

    /** Search filters; all optional. {@code mine}: only the records the caller wrote. */
    public record Filter(String q, Long districtId, ActivityType type, LocalDate from, LocalDate to, Long sectionId,
            boolean mine, Boolean openFollowUps) {
    }

    public Page<ActivityResponse> list(Filter f, PageParams p, Keyset k) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        // the caller's scope first: what they may not read is not counted either
        if (!policy.isOffice()) {
            if (policy.isLiaison()) {
                where.append(" and (a.createdById = :me or exists (select 1 from Activity s join s.districts sd"
                        + " where s = a and sd.id in :mine))");
                params.put("me", currentUser.userId());
                Set<Long> mine = currentUser.districtIds();
                params.put("mine", mine.isEmpty() ? Set.of(-1L) : mine);
            } else if (currentUser.sectionId() != null) {
                where.append(" and :ownSection member of a.sectionIds");
                params.put("ownSection", currentUser.sectionId());
            } else {
                where.append(" and 1 = 0");
            }
        }
        if (f.districtId() != null) {
            where.append(" and exists (select 1 from Activity x join x.districts xd where x = a and xd.id = :district)");
            params.put("district", f.districtId());
        }
        if (f.type() != null) {
            where.append(" and a.type = :type");
            params.put("type", f.type());
        }
        if (f.from() != null) {
            where.append(" and a.occurredOn >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            where.append(" and a.occurredOn <= :to");
            params.put("to", f.to());
        }
        if (f.sectionId() != null) {
            where.append(" and :section member of a.sectionIds");
            params.put("section", f.sectionId());
        }
        if (f.mine()) {
            where.append(" and a.createdById = :author");
            params.put("author", currentUser.userId() == null ? -1L : currentUser.userId());
        }
        if (f.openFollowUps() != null) {
            where.append(f.openFollowUps() ? " and" : " and not").append(
                    " exists (select 1 from FollowUp o where o.activity = a and o.status = jp.kyodo.activity.FollowUpStatus.OPEN)");
        }
        String q = Strings.blankToNull(f.q());
        if (q != null) {
            where.append(" and a.searchKey like :q escape '\\'");
            params.put("q", TextNormalizer.likeContains(q));
        }
        k.restrict(where, params, "a.updatedAt", "a.id");
        String order = k.orderBy(SortSpec.orderBy(p.sort, SORT, "-occurredOn", "a.id"), "a.updatedAt", "a.id");
        Page<Activity> found = JpqlPage.of(em, "select count(a) from Activity a" + where,
                "select a from Activity a" + where + order, Activity.class, params, p, k);
        Names names = names(found.items());
        return found.map(a -> toResponse(a, names));
    }

    public Activity find(long id) {
        Activity a = Activity.findById(id);
        if (a == null) {
            throw ProblemException.notFound("Activity", id);
        }
        return a;
    }

    /** A record the caller may read; 404 for one they may not (they need not know it exists). */
    public Activity readable(long id) {
        Activity a = find(id);
        if (!policy.canRead(a)) {
            throw ProblemException.notFound("Activity", id);
        }
        return a;
    }

    public ActivityResponse get(long id) {
        return toResponse(readable(id));
    }

    @Transactional
    public ActivityResponse create(ActivityRequest body) {
        policy.requireWriteFor(new LinkedHashSet<>(body.districtIds()));
        Activity a = new Activity();
        AppUser me = currentUser.userId() == null ? null : AppUser.findById(currentUser.userId());
        a.createdById = me == null ? null : me.id;
        a.createdByName = me == null ? currentUser.username() : me.displayName;
        apply(a, body);
        return toResponse(writes.create(aggregate(), a));
    }

    @Transactional
    public ActivityResponse update(long id, ActivityRequest body, String ifMatch) {
        Activity a = readable(id);
        if (!policy.canEdit(a)) {
            throw ProblemException.forbidden("Only the office, or a liaison assigned to every district of the record, may change it");
        }
        policy.requireWriteFor(new LinkedHashSet<>(body.districtIds()));
        return toResponse(writes.update(aggregate(), a, ifMatch, x -> {
            Object before = auditState(x);
            apply(x, body);
            // the same record sent back leaves it untouched: no new time, no version, no history entry
            if (!Objects.equals(before, auditState(x))) {
                x.touch();
            }
        }));
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Activity a = readable(id);
        if (!policy.canEdit(a)) {
            throw ProblemException.forbidden("Only the office, or a liaison assigned to every district of the record, may delete it");
        }
        writes.delete(aggregate(), a, ifMatch);
        em.createQuery("delete from ActivityAttachment t where t.activityId = :id").setParameter("id", id).executeUpdate();
    }

    @Transactional
    public ActivityResponse setFollowUpStatus(long id, long followUpId, FollowUpStatusRequest body, String ifMatch) {
        Activity a = readable(id);
        FollowUp f = a.followUps.stream().filter(x -> x.id == followUpId).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Follow-up", followUpId));
        if (!policy.canMark(f)) {
            throw ProblemException.forbidden("Only the office, a liaison of the record's districts or the responsible person may mark it");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = body.doneOn() == null ? today : body.doneOn();
        if (body.status() == FollowUpStatus.DONE && on.isAfter(today)) {
            throw ProblemException.invalid("doneOn", "must not be in the future", "PastOrPresent");
        }
        return toResponse(writes.update(aggregate(), a, ifMatch, x -> {
            f.setStatus(body.status(), on);
            x.touch();
        }));
    }

    // ---- representation -------------------------------------------------------------------------

    /** Account and section names of a page of records, read at once. */
    /** What the rows of a page need besides themselves, read once for the page (no query per row). */
    record Names(Map<Long, String> users, Map<Long, String> sections, Map<Long, Long> attachments) {
    }

    Names names(List<Activity> rows) {
        Set<Long> users = new HashSet<>();
        Set<Long> sections = new HashSet<>();
        for (Activity a : rows) {
            a.followUps.forEach(f -> {
                if (f.responsibleId != null) {
                    users.add(f.responsibleId);
                }
            });
            sections.addAll(a.sectionIds);
        }
        Map<Long, String> u = users.isEmpty() ? Map.of() : em.createQuery(
                "select u.id, u.displayName from AppUser u where u.id in :ids", Object[].class).setParameter("ids", users)
                .getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
        Map<Long, String> s = sections.isEmpty() ? Map.of() : em.createQuery(
                "select s.id, s.name from Section s where s.id in :ids", Object[].class).setParameter("ids", sections)
                .getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
        List<Long> ids = rows.stream().map(a -> a.id).toList();
        Map<Long, Long> files = ids.isEmpty() ? Map.of() : em.createQuery(
                "select t.activityId, count(t) from ActivityAttachment t where t.activityId in :ids group by t.activityId",
                Object[].class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        return new Names(u, s, files);
    }

    public ActivityResponse toResponse(Activity a) {
        return toResponse(a, names(List.of(a)));
    }

    ActivityResponse toResponse(Activity a, Names names) {
        List<DistrictRef> districts = a.districts.stream().sorted(Comparator.comparing((District d) -> d.kana).thenComparing(d -> d.id))
                .map(d -> new DistrictRef(d.id, d.name)).toList();
        List<OrganizationRef> orgs = a.organizations.stream().sorted(Comparator.comparing((Organization o) -> o.kana).thenComparing(o -> o.id))
                .map(o -> new OrganizationRef(o.id, o.name, o.districtId())).toList();
        List<SectionRef> sections = a.sectionIds.stream().sorted()
                .map(id -> new SectionRef(id, names.sections().getOrDefault(id, "?"))).toList();
        List<FollowUpResponse> followUps = a.followUps.stream().map(f -> new FollowUpResponse(f.id, f.description,
                f.responsibleId, f.responsibleId == null ? null : names.users().get(f.responsibleId), f.dueOn, f.status,
                f.doneOn)).toList();
        int open = (int) a.followUps.stream().filter(f -> f.status == FollowUpStatus.OPEN).count();
        long attachments = names.attachments().getOrDefault(a.id, 0L);
        return new ActivityResponse(a.id, a.type, a.occurredOn, Japanese.fiscalYearOf(a.occurredOn), time(a.startsAt),
                time(a.endsAt), districts, orgs, a.staff.stream().map(s -> new StaffResponse(s.userId, s.name)).toList(),
                sections, a.summary, followUps, open, attachments, a.createdById, a.createdByName, a.updatedAt,
                new Permissions(policy.canEdit(a)), a.version, a.createdAt);
    }

    static String time(LocalTime t) {
        return t == null ? null : t.format(HH_MM);
    }

    /** 活動記録: history of its own (follow-ups included); 412 answers carry the API's representation. */
    Aggregate<Activity> aggregate() {
        return Aggregate.<Activity>of("Activity", a -> a.id, a -> a.version, this::toResponse)
                .withState(ActivityService::auditState);
    }

    static Map<String, Object> auditState(Activity a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", a.type);
        m.put("occurredOn", a.occurredOn);
        m.put("startsAt", time(a.startsAt));
        m.put("endsAt", time(a.endsAt));
        m.put("districtIds", a.districts.stream().map(d -> d.id).sorted().toList());
        m.put("organizationIds", a.organizations.stream().map(o -> o.id).sorted().toList());
        m.put("staff", a.staff.stream().map(s -> s.userId == null ? s.name : s.name + " (" + s.userId + ")").toList());
        m.put("sectionIds", a.sectionIds.stream().sorted().toList());
        m.put("summary", a.summary);
        m.put("followUps", a.followUps.stream().map(f -> {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("description", f.description);
            fm.put("responsibleId", f.responsibleId);
            // the history is read by people: it names the responsible person as the record does
            fm.put("responsibleName", responsibleName(f.responsibleId));
            fm.put("dueOn", f.dueOn);
            fm.put("status", f.status);
            fm.put("doneOn", f.doneOn);
            return fm;
        }).toList());
        return m;
    }

    /** The display name of the account responsible for a follow-up, as the history keeps it. */
    static String responsibleName(Long userId) {
        if (userId == null) {
            return null;
        }
        AppUser u = AppUser.findById(userId);
        return u == null ? null : u.displayName;
    }

    // ---- input ----------------------------------------------------------------------------------

    private void apply(Activity a, ActivityRequest b) {
        List<FieldProblem> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (b.occurredOn().isAfter(today)) {
            errors.add(new FieldProblem("occurredOn", "must not be in the future", "PastOrPresent"));
        }
        LocalTime start = b.startsAt() == null ? null : LocalTime.parse(b.startsAt());
        LocalTime end = b.endsAt() == null ? null : LocalTime.parse(b.endsAt());
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(new FieldProblem("endsAt", "must not be before startsAt", "TimeOrder"));
        }
        Set<District> districts = new LinkedHashSet<>();
        for (int i = 0; i < b.districtIds().size(); i++) {
            District d = District.findById(b.districtIds().get(i));
            if (d == null) {
                errors.add(new FieldProblem("districtIds[" + i + "]", "no such district", "Exists"));
            } else if (!districts.add(d)) {
                errors.add(new FieldProblem("districtIds[" + i + "]", "named twice", "Unique"));
            }
        }
        Set<Long> districtIds = districts.stream().map(d -> d.id).collect(Collectors.toSet());
        Set<Organization> orgs = new LinkedHashSet<>();
        List<Long> orgIds = b.organizationIds() == null ? List.of() : b.organizationIds();
        for (int i = 0; i < orgIds.size(); i++) {
            Organization o = Organization.findById(orgIds.get(i));
            if (o == null) {
                errors.add(new FieldProblem("organizationIds[" + i + "]", "no such organization", "Exists"));
            } else if (!districtIds.contains(o.districtId())) {
                errors.add(new FieldProblem("organizationIds[" + i + "]", "belongs to none of the record's districts", "SameDistrict"));
            } else if (!orgs.add(o)) {
                errors.add(new FieldProblem("organizationIds[" + i + "]", "named twice", "Unique"));
            }
        }
        Set<Long> sections = new LinkedHashSet<>();
        List<Long> sectionIds = b.sectionIds() == null ? List.of() : b.sectionIds();
        for (int i = 0; i < sectionIds.size(); i++) {
            if (Section.findById(sectionIds.get(i)) == null) {
                errors.add(new FieldProblem("sectionIds[" + i + "]", "no such section", "Exists"));
            } else if (!sections.add(sectionIds.get(i))) {
                errors.add(new FieldProblem("sectionIds[" + i + "]", "named twice", "Unique"));
            }
        }
        List<StaffPresent> staff = new ArrayList<>();
        List<StaffInput> staffIn = b.staff() == null ? List.of() : b.staff();
        for (int i = 0; i < staffIn.size(); i++) {
            StaffInput s = staffIn.get(i);
            String name = Strings.blankToNull(s.name());
            if (s.userId() != null) {
                AppUser u = AppUser.findById(s.userId());
                if (u == null) {
                    errors.add(new FieldProblem("staff[" + i + "].userId", "no such account", "Exists"));
                    continue;
                }
                staff.add(new StaffPresent(u.id, name == null ? u.displayName : name.strip()));
            } else if (name == null) {
                errors.add(new FieldProblem("staff[" + i + "].name", "an account or a name is needed", "NotBlank"));
            } else {
                staff.add(new StaffPresent(null, name.strip()));
            }
        }
        List<FollowUpInput> fin = b.followUps() == null ? List.of() : b.followUps();
        Map<Long, FollowUp> existing = new HashMap<>();
        a.followUps.forEach(f -> existing.put(f.id, f));
        Set<Long> kept = new HashSet<>();
        for (int i = 0; i < fin.size(); i++) {
            FollowUpInput f = fin.get(i);
            if (f.id() != null && (!existing.containsKey(f.id()) || !kept.add(f.id()))) {
                errors.add(new FieldProblem("followUps[" + i + "].id", "no follow-up of this record has this id", "Exists"));
            }
            if (AppUser.findById(f.responsibleId()) == null) {
                errors.add(new FieldProblem("followUps[" + i + "].responsibleId", "no such account", "Exists"));
            }
            if (f.status() == FollowUpStatus.DONE && f.doneOn() != null && f.doneOn().isAfter(today)) {
                errors.add(new FieldProblem("followUps[" + i + "].doneOn", "must not be in the future", "PastOrPresent"));
            }
            if (f.status() != FollowUpStatus.DONE && f.doneOn() != null) {
                errors.add(new FieldProblem("followUps[" + i + "].doneOn", "only with the status DONE", "DoneOnlyWhenDone"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        a.type = b.type();
        a.occurredOn = b.occurredOn();
        a.startsAt = start;
        a.endsAt = end;
        replace(a.districts, districts);
        replace(a.organizations, orgs);
        replace(a.sectionIds, sections);
        replace(a.staff, staff);
        a.summary = b.summary().strip();
        List<FollowUp> next = new ArrayList<>();
        for (int i = 0; i < fin.size(); i++) {
            FollowUpInput in = fin.get(i);
            FollowUp f = in.id() == null ? new FollowUp() : existing.get(in.id());
            f.activity = a;
            f.sortOrder = i + 1;
            f.description = in.description().strip();
            f.responsibleId = in.responsibleId();
            f.dueOn = in.dueOn();
            FollowUpStatus status = in.status() == null ? FollowUpStatus.OPEN : in.status();
            // a follow-up done before keeps its day unless a new one is sent
            LocalDate doneOn = in.doneOn() != null ? in.doneOn() : f.doneOn != null ? f.doneOn : today;
            f.setStatus(status, doneOn);
            next.add(f);
        }
        a.followUps.removeIf(f -> !next.contains(f));
        for (FollowUp f : next) {
            if (!a.followUps.contains(f)) {
                a.followUps.add(f);
            }
        }
        Comparator<FollowUp> order = Comparator.comparingInt(f -> f.sortOrder);
        if (!isSorted(a.followUps, order)) {
            a.followUps.sort(order);
        }
        a.searchKey = searchKey(a);
    }

    /** Replaces a mapped collection's content only when it differs, so Hibernate sees no change when there is none. */
    private static <T> void replace(java.util.Collection<T> target, java.util.Collection<T> content) {
        boolean same = target instanceof Set<?> ? target.equals(new LinkedHashSet<>(content))
                : new ArrayList<>(target).equals(new ArrayList<>(content));
        if (!same) {
            target.clear();
            target.addAll(content);
        }
    }

    private static <T> boolean isSorted(List<T> list, Comparator<T> order) {
        for (int i = 1; i < list.size(); i++) {
            if (order.compare(list.get(i - 1), list.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    public static String searchKey(Activity a) {
        List<String> parts = new ArrayList<>();
        parts.add(a.summary);
        a.organizations.forEach(o -> parts.add(o.name));
        a.staff.forEach(s -> parts.add(s.name));
        a.followUps.forEach(f -> parts.add(f.description));
        String key = TextNormalizer.searchKey(parts.toArray(String[]::new));
        return key.length() > 12000 ? key.substring(0, 12000) : key;
    }

}
