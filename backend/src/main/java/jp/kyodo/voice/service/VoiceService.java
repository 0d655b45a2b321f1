package jp.kyodo.voice.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodo.account.AppUser;
import jp.kyodo.common.error.FieldProblem;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.notification.Notice;
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
import jp.kyodo.common.web.Japanese;
import jp.kyodo.department.Section;
import jp.kyodo.district.District;
import jp.kyodo.organization.Organization;
import jp.kyodo.voice.Voice;
import jp.kyodo.voice.VoiceDtos.VoiceAnswerInput;
import jp.kyodo.voice.VoiceDtos.VoiceClosingInput;
import jp.kyodo.voice.VoiceDtos.VoiceInput;
import jp.kyodo.voice.VoiceDtos.VoicePermissions;
import jp.kyodo.voice.VoiceDtos.VoiceResponse;
import jp.kyodo.voice.VoiceDtos.VoiceRouting;
import jp.kyodo.voice.VoiceKind;
import jp.kyodo.voice.VoiceStatus;

/**
 * 地域の声. Who: a liaison receives, routes and closes the voices of the districts assigned to them; the DEPARTMENT
 * users of the section a voice was routed to see and answer it; the office sees and does everything. Anyone else
 * does not learn that a voice exists (404).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VoiceService {

    public static final String ROUTED = "VOICE_ROUTED";
    public static final String ANSWERED = "VOICE_ANSWERED";
    public static final String OVERDUE = "VOICE_OVERDUE";

    static final Map<String, String> SORT = Map.of("receivedOn", "v.receivedOn", "dueOn", "v.dueOn", "status",
            "v.status", "district", "d.kana", "subject", "v.subject", "answeredOn", "v.answeredOn");

    @Inject
    jp.kyodo.department.service.DepartmentService departments;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Writes writes;

    @Inject
    Clock clock;

    @Inject
    Event<Notice> notices;

    @Inject
    VoiceSettings settings;

    public record Filter(VoiceStatus status, Long districtId, Long sectionId, Integer fiscalYear, Boolean overdue,
            VoiceKind kind, String q) {
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** 地域の声: history under the district; 412 answers carry the API's representation. */
    Aggregate<Voice> aggregate() {
        return Aggregate.<Voice>of("Voice", v -> v.id, v -> v.version, this::toResponse)
                .withState(VoiceService::auditState).withParent("District", v -> v.district.id);
    }

    static Map<String, Object> auditState(Voice v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", v.kind);
        m.put("status", v.status);
        m.put("districtId", v.district.id);
        m.put("organizationId", v.organization == null ? null : v.organization.id);
        m.put("receivedOn", v.receivedOn);
        m.put("receivedByName", v.receivedByName);
        m.put("subject", v.subject);
        m.put("body", v.body);
        m.put("dueOn", v.dueOn);
        m.put("sectionId", v.sectionId);
        m.put("routedOn", v.routedOn);
        m.put("answer", v.answer);
        m.put("answeredByName", v.answeredByName);
        m.put("answeredOn", v.answeredOn);
        m.put("closedOn", v.closedOn);
        m.put("closingNote", v.closingNote);
        return m;
    }

    // ---- who may do what ------------------------------------------------------------------------

    boolean isLiaisonOf(Voice v) {
        return currentUser.hasRole(Roles.LIAISON) && currentUser.districtIds().contains(v.district.id);
    }

    boolean isSectionOf(Voice v) {
        Long own = currentUser.sectionId();
        return currentUser.isDepartment() && own != null && own.equals(v.sectionId);
    }

    boolean canSee(Voice v) {
        return currentUser.isOffice() || isLiaisonOf(v) || isSectionOf(v);
    }

    VoicePermissions permissions(Voice v) {
        boolean district = currentUser.isOffice() || isLiaisonOf(v);
        return new VoicePermissions(district && v.status != VoiceStatus.CLOSED,
                district && v.status.open(),
                (currentUser.isOffice() || isSectionOf(v)) && v.status == VoiceStatus.IN_PROGRESS,
                district && v.status == VoiceStatus.ANSWERED);
    }

    static ProblemException refused(String what) {
        return ProblemException.forbidden(what);
    }

    // ---- reading --------------------------------------------------------------------------------

    public Voice find(long id) {
        Voice v = Voice.findById(id);
        if (v == null || !canSee(v)) {
            throw ProblemException.notFound("Voice", id);
        }
        return v;
    }

    public VoiceResponse get(long id) {
        return toResponse(find(id));
    }

    public Page<VoiceResponse> list(Filter f, PageParams p, Keyset k) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!currentUser.isOffice()) {
            // scope first: a liaison's districts, a department user's section
            if (currentUser.hasRole(Roles.LIAISON)) {
                Set<Long> districts = currentUser.districtIds();
                where.append(districts.isEmpty() ? " and 1 = 0" : " and d.id in :scope");
                if (!districts.isEmpty()) {
                    params.put("scope", districts);
                }
            } else if (currentUser.isDepartment() && currentUser.sectionId() != null) {
                where.append(" and v.sectionId = :own");
                params.put("own", currentUser.sectionId());
            } else {
                where.append(" and 1 = 0");
            }
        }
        if (f.status() != null) {
            where.append(" and v.status = :status");
            params.put("status", f.status());
        }
        if (f.kind() != null) {
            where.append(" and v.kind = :kind");
            params.put("kind", f.kind());
        }
        if (f.districtId() != null) {
            where.append(" and d.id = :district");
            params.put("district", f.districtId());
        }
        if (f.sectionId() != null) {
            where.append(" and v.sectionId = :section");
            params.put("section", f.sectionId());
        }
        if (f.fiscalYear() != null) {
            where.append(" and v.fiscalYear = :fy");
            params.put("fy", f.fiscalYear());
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            where.append(" and v.status in :open and v.dueOn < :today");
            params.put("open", List.of(VoiceStatus.RECEIVED, VoiceStatus.IN_PROGRESS));
            params.put("today", today());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and v.searchKey like :q escape '\\'");
            params.put("q", TextNormalizer.likeContains(f.q()));
        }
        k.restrict(where, params, "v.updatedAt", "v.id");
        String order = k.orderBy(SortSpec.orderBy(p.sort, SORT, "-receivedOn", "v.id"), "v.updatedAt", "v.id");
        Page<Voice> found = JpqlPage.of(em, "select count(v) from Voice v join v.district d" + where,
                "select v from Voice v join fetch v.district d left join fetch v.organization" + where + order,
                Voice.class, params, p, k);
        Map<Long, String> sections = sectionNames(found.items().stream().map(v -> v.sectionId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return found.map(v -> toResponse(v, sections));
    }

    Map<Long, String> sectionNames(Set<Long> ids) {
        return departments.sectionNames(ids);
    }

    VoiceResponse toResponse(Voice v) {
        return toResponse(v, v.sectionId == null ? Map.of() : sectionNames(Set.of(v.sectionId)));
    }

    VoiceResponse toResponse(Voice v, Map<Long, String> sections) {
        return new VoiceResponse(v.id, v.kind, v.status, v.district.id, v.district.name,
                v.organization == null ? null : v.organization.id, v.organization == null ? null : v.organization.name,
                v.receivedOn, v.fiscalYear, v.receivedByName, v.subject, v.body, v.dueOn, v.overdue(today()),
                v.sectionId, v.sectionId == null ? null : sections.get(v.sectionId), v.routedOn, v.answer,
                v.answeredByName, v.answeredOn, v.daysToAnswer, v.closedOn, v.closingNote, permissions(v), v.version, v.createdAt, v.updatedAt);
    }

    // ---- writing --------------------------------------------------------------------------------

    @Transactional
    public VoiceResponse create(VoiceInput body) {
        Voice v = new Voice();
        apply(v, body);
        requireDistrict(v);
        AppUser me = me();
        v.receivedById = me == null ? null : me.id;
        v.receivedByName = me == null ? currentUser.username() : me.displayName;
        return toResponse(writes.create(aggregate(), v));
    }

    @Transactional
    public VoiceResponse update(long id, VoiceInput body, String ifMatch) {
        Voice v = find(id);
        requireDistrict(v);
        if (v.status == VoiceStatus.CLOSED) {
            throw ProblemException.conflict("A closed voice can no longer be changed");
        }
        return toResponse(writes.update(aggregate(), v, ifMatch, x -> {
            apply(x, body);
            // moving a voice to another district needs the right to both
            requireDistrict(x);
        }));
    }

    @Transactional
    public VoiceResponse route(long id, VoiceRouting body, String ifMatch) {
        Voice v = find(id);
        requireDistrict(v);
        if (Section.findById(body.sectionId()) == null) {
            throw ProblemException.invalid("sectionId", "no section has the id " + body.sectionId(), "Exists");
        }
        if (body.dueOn() != null && body.dueOn().isBefore(v.receivedOn)) {
            throw ProblemException.invalid("dueOn", "must not be before the day it was received", "NotBeforeReceived");
        }
        Long before = v.sectionId;
        writes.update(aggregate(), v, ifMatch, x -> {
            x.route(body.sectionId(), today());
            if (body.dueOn() != null) {
                x.dueOn = body.dueOn();
            }
        });
        if (!body.sectionId().equals(before)) {
            notices.fire(Notice.toSection(v.sectionId, ROUTED, title(v), link(v), null));
        }
        return toResponse(v);
    }

    @Transactional
    public VoiceResponse answer(long id, VoiceAnswerInput body, String ifMatch) {
        Voice v = find(id);
        if (!currentUser.isOffice() && !isSectionOf(v)) {
            throw refused("Only the section the voice was routed to, or the office, may answer it");
        }
        LocalDate on = body.answeredOn() == null ? today() : body.answeredOn();
        if (on.isBefore(v.receivedOn)) {
            throw ProblemException.invalid("answeredOn", "must not be before the day it was received", "NotBeforeReceived");
        }
        if (on.isAfter(today())) {
            throw ProblemException.invalid("answeredOn", "must not be in the future", "PastOrPresent");
        }
        AppUser me = me();
        writes.update(aggregate(), v, ifMatch, x -> x.answer(body.answer().strip(), me == null ? 0 : me.id,
                me == null ? currentUser.username() : me.displayName, on));
        notices.fire(Notice.toDistrictLiaisons(v.district.id, ANSWERED, title(v), link(v), null));
        return toResponse(v);
    }

    @Transactional
    public VoiceResponse close(long id, VoiceClosingInput body, String ifMatch) {
        Voice v = find(id);
        requireDistrict(v);
        LocalDate on = body == null || body.closedOn() == null ? today() : body.closedOn();
        if (v.answeredOn != null && on.isBefore(v.answeredOn)) {
            throw ProblemException.invalid("closedOn", "must not be before the day it was answered", "NotBeforeAnswered");
        }
        if (on.isAfter(today())) {
            throw ProblemException.invalid("closedOn", "must not be in the future", "PastOrPresent");
        }
        String note = body == null ? null : Strings.blankToNull(body.note());
        writes.update(aggregate(), v, ifMatch, x -> x.close(on, note));
        return toResponse(v);
    }

    static String title(Voice v) {
        return v.district.name + "：" + v.subject;
    }

    static String link(Voice v) {
        return "/voices/" + v.id;
    }

    private AppUser me() {
        Long id = currentUser.userId();
        return id == null ? null : AppUser.findById(id);
    }

    private void requireDistrict(Voice v) {
        if (!currentUser.isOffice() && !isLiaisonOf(v)) {
            throw refused("Only the office, or a liaison assigned to the district, may receive, route or close its voices");
        }
    }

    private void apply(Voice v, VoiceInput b) {
        List<FieldProblem> errors = new ArrayList<>();
        District district = District.findById(b.districtId());
        if (district == null) {
            errors.add(new FieldProblem("districtId", "no such district", "Exists"));
        }
        Organization org = null;
        if (b.organizationId() != null) {
            org = Organization.findById(b.organizationId());
            if (org == null) {
                errors.add(new FieldProblem("organizationId", "no such organization", "Exists"));
            } else if (district != null && !Objects.equals(org.districtId(), district.id)) {
                errors.add(new FieldProblem("organizationId", "belongs to another district", "SameDistrict"));
            }
        }
        if (b.receivedOn().isAfter(today())) {
            errors.add(new FieldProblem("receivedOn", "must not be in the future", "PastOrPresent"));
        }
        if (b.dueOn() != null && b.dueOn().isBefore(b.receivedOn())) {
            errors.add(new FieldProblem("dueOn", "must not be before the day it was received", "NotBeforeReceived"));
        }
        if (v.answeredOn != null && b.receivedOn().isAfter(v.answeredOn)) {
            errors.add(new FieldProblem("receivedOn", "must not be after the day it was answered", "NotAfterAnswered"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        boolean receivedChanged = v.receivedOn != null && !v.receivedOn.equals(b.receivedOn());
        v.kind = b.kind();
        v.district = district;
        v.organization = org;
        v.receivedOn = b.receivedOn();
        v.fiscalYear = Japanese.fiscalYearOf(b.receivedOn());
        v.subject = b.subject().strip();
        v.body = b.body().strip();
        if (b.dueOn() != null) {
            v.dueOn = b.dueOn();
        } else if (v.dueOn == null || receivedChanged) {
            v.dueOn = b.receivedOn().plusDays(settings.targetDays());
        }
        if (v.answeredOn != null) {
            v.daysToAnswer = (int) java.time.temporal.ChronoUnit.DAYS.between(v.receivedOn, v.answeredOn);
        }
        v.searchKey = TextNormalizer.searchKey(v.subject, v.body, district.name);
    }
}
