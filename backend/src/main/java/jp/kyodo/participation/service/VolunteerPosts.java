package jp.kyodo.participation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import jp.kyodo.common.text.Strings;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.organization.Organization;
import jp.kyodo.participation.VolunteerDtos.InquiryReceipt;
import jp.kyodo.participation.VolunteerDtos.InquiryRequest;
import jp.kyodo.participation.VolunteerDtos.InquiryResponse;
import jp.kyodo.participation.VolunteerDtos.PostPermissions;
import jp.kyodo.participation.VolunteerDtos.PostRequest;
import jp.kyodo.participation.VolunteerDtos.PostResponse;
import jp.kyodo.participation.VolunteerDtos.PublicPost;
import jp.kyodo.participation.VolunteerInquiry;
import jp.kyodo.participation.VolunteerPost;
import jp.kyodo.participation.VolunteerPostStatus;

/**
 * ボランティア募集 — a council's post goes DRAFT → SUBMITTED → APPROVED (published until its closing day) or RETURNED
 * (with the office's note) and, by hand, CLOSED. The liaisons of the post's district and the office write it; only
 * the office approves. A visitor's inquiry about a published post is stored, counted on the post, announced to the
 * district's liaisons, and relayed to the council ({@link VolunteerRelay} by e-mail to the council's address, or by
 * hand); the public never sees the council's contact.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VolunteerPosts {

    public static final String INQUIRY_NOTICE = "VOLUNTEER_INQUIRY";

    @Inject
    EntityManager em;

    @Inject
    Writes writes;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    Event<Notice> notices;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- aggregates ------------------------------------------------------------------------

    /**
     * The counts move by conditional update statements (never lost between two inquiries). They move the post's
     * version and updatedAt as well: a screen holding the post before cannot write the old counts back (412), a
     * conditional GET sees them, and a sync by updatedSince picks them up. Parameter {@code :now}.
     */
    static final int SEARCH_KEY_MAX = 8000;

    static final String COUNTS_MOVED = "p.version = p.version + 1, p.updatedAt = :now";

    static final Aggregate<VolunteerPost> POST = Aggregate.<VolunteerPost>of("VolunteerPost", p -> p.id, p -> p.version,
            VolunteerPosts::postState);

    static final Aggregate<VolunteerInquiry> INQUIRY = Aggregate.<VolunteerInquiry>of("VolunteerInquiry", i -> i.id,
            i -> i.version, VolunteerPosts::inquiryState).withParent("VolunteerPost", i -> i.post.id);

    static Map<String, Object> postState(VolunteerPost p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("organizationId", p.organization.id);
        m.put("districtId", p.district.id);
        m.put("title", p.title);
        m.put("activity", p.activity);
        m.put("place", p.place);
        m.put("startsOn", p.startsOn);
        m.put("endsOn", p.endsOn);
        m.put("schedule", p.schedule);
        m.put("wanted", p.wanted);
        m.put("conditions", p.conditions);
        m.put("closesOn", p.closesOn);
        m.put("status", p.status);
        m.put("statusNote", p.statusNote);
        return m;
    }

    /** The sender's contact is personal data (redacted in history for those who may not read it). */
    static Map<String, Object> inquiryState(VolunteerInquiry i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("postId", i.post.id);
        m.put("personName", i.personName);
        m.put("email", i.email);
        m.put("phone", i.phone);
        m.put("relayedAt", i.relayedAt);
        m.put("relayChannel", i.relayChannel);
        return m;
    }

    // ---- who may do what ---------------------------------------------------------------------

    boolean canWrite(VolunteerPost p) {
        return currentUser.canEditDistrict(p.district.id);
    }

    PostPermissions permissions(VolunteerPost p) {
        boolean write = canWrite(p);
        boolean office = currentUser.isAdminOrOffice();
        return new PostPermissions(write && p.status != VolunteerPostStatus.CLOSED && (office || p.status != VolunteerPostStatus.APPROVED),
                write && (p.status == VolunteerPostStatus.DRAFT || p.status == VolunteerPostStatus.RETURNED),
                office && p.status == VolunteerPostStatus.SUBMITTED, write && p.status == VolunteerPostStatus.APPROVED,
                currentUser.canSeePersonalData(p.district.id));
    }

    PostResponse toResponse(VolunteerPost p) {
        return new PostResponse(p.id, p.organization.id, p.organization.name, p.district.id, p.district.name, p.title, p.activity,
                p.place, p.startsOn, p.endsOn, p.schedule, p.wanted, p.conditions, p.closesOn, p.status, p.publicOn(today()),
                p.statusNote, p.submittedAt, p.approvedAt, p.approvedBy, p.closedAt, p.inquiryCount, p.unrelayedCount,
                permissions(p), p.version, p.createdAt, p.updatedAt);
    }

    private Aggregate<VolunteerPost> api() {
        return POST.withRepresentation(this::toResponse);
    }

    // ---- staff: list, read, write ------------------------------------------------------------

    public record Filter(VolunteerPostStatus status, Long districtId, Long wardId, Boolean published, String q) {
    }

    static final Map<String, String> SORT = Map.of("closesOn", "p.closesOn", "startsOn", "p.startsOn", "district", "d.kana",
            "updatedAt", "p.updatedAt", "title", "p.title");

    public Page<PostResponse> list(Filter f, PageParams page, Keyset k) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.status() != null) {
            where.append(" and p.status = :status");
            params.put("status", f.status());
        }
        if (f.districtId() != null) {
            where.append(" and d.id = :district");
            params.put("district", f.districtId());
        }
        if (f.wardId() != null) {
            where.append(" and d.ward.id = :ward");
            params.put("ward", f.wardId());
        }
        if (f.published() != null) {
            where.append(f.published() ? " and p.status = :approved and p.closesOn >= :today"
                    : " and (p.status <> :approved or p.closesOn < :today)");
            params.put("approved", VolunteerPostStatus.APPROVED);
            params.put("today", today());
        }
        if (Strings.blankToNull(f.q()) != null) {
            where.append(" and p.searchKey like :q escape '\\'");
            params.put("q", TextNormalizer.likeContains(f.q()));
        }
        k.restrict(where, params, "p.updatedAt", "p.id");
        String order = k.orderBy(SortSpec.orderBy(page.sort, SORT, "closesOn", "p.id"), "p.updatedAt", "p.id");
        return JpqlPage.of(em, "select count(p) from VolunteerPost p join p.district d" + where,
                "select p from VolunteerPost p join fetch p.district d join fetch p.organization o" + where + order,
                VolunteerPost.class, params, page, k).map(this::toResponse);
    }

    public VolunteerPost find(long id) {
        VolunteerPost p = VolunteerPost.findById(id);
        if (p == null) {
            throw ProblemException.notFound("Volunteer post", id);
        }
        return p;
    }

    public PostResponse get(long id) {
        return toResponse(find(id));
    }

    @Transactional
    public PostResponse create(PostRequest r) {
        VolunteerPost p = new VolunteerPost();
        apply(p, r);
        currentUser.requireEditDistrict(p.district.id);
        p.status = VolunteerPostStatus.DRAFT;
        return toResponse(writes.create(api(), p));
    }

    @Transactional
    public PostResponse update(long id, PostRequest r, String ifMatch) {
        VolunteerPost p = find(id);
        currentUser.requireEditDistrict(p.district.id);
        if (!permissions(p).canEdit()) {
            throw ProblemException.conflict(p.status == VolunteerPostStatus.CLOSED ? "The post is closed"
                    : "The post is published; only the office changes it now");
        }
        long district = p.district.id;
        writes.update(api(), p, ifMatch, x -> {
            apply(x, r);
            if (x.district.id != district) {
                currentUser.requireEditDistrict(x.district.id);
            }
        });
        return toResponse(p);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        VolunteerPost p = find(id);
        currentUser.requireEditDistrict(p.district.id);
        if (p.inquiryCount > 0) {
            throw ProblemException.conflict("The post has " + p.inquiryCount + " inquiries; close it instead");
        }
        if (p.status == VolunteerPostStatus.APPROVED && !currentUser.isAdminOrOffice()) {
            throw ProblemException.conflict("The post is published; close it instead");
        }
        writes.delete(api(), p, ifMatch);
    }

    private void apply(VolunteerPost p, PostRequest r) {
        List<FieldProblem> errors = new ArrayList<>();
        Organization org = Organization.findById(r.organizationId());
        if (org == null) {
            errors.add(new FieldProblem("organizationId", "no such organization", "Exists"));
        } else if (org.district == null) {
            errors.add(new FieldProblem("organizationId", "the organization belongs to no district (a district's council or association posts)", "District"));
        }
        if (r.endsOn() != null && r.endsOn().isBefore(r.startsOn())) {
            errors.add(new FieldProblem("endsOn", "must not be before startsOn", "DateOrder"));
        }
        LocalDate last = r.endsOn() != null ? r.endsOn() : r.startsOn();
        if (r.closesOn().isAfter(last)) {
            errors.add(new FieldProblem("closesOn", "must not be after the activity's last day (" + last + ")", "DateOrder"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        p.organization = org;
        p.district = org.district;
        p.title = r.title().strip();
        p.activity = r.activity().strip();
        p.place = Strings.blankToNull(r.place());
        p.startsOn = r.startsOn();
        p.endsOn = r.endsOn();
        p.schedule = Strings.blankToNull(r.schedule());
        p.wanted = r.wanted();
        p.conditions = Strings.blankToNull(r.conditions());
        p.closesOn = r.closesOn();
        String key = TextNormalizer.searchKey(p.title, p.activity, p.place, p.conditions, org.name);
        // the column holds 8000 (V34); NFKC can lengthen odd characters, and a search rarely needs the tail
        p.searchKey = key.length() <= SEARCH_KEY_MAX ? key : key.substring(0, SEARCH_KEY_MAX);
    }

    /** SUBMITTED (the poster), APPROVED or RETURNED (the office, a note required with RETURNED), CLOSED (the poster or the office). */
    @Transactional
    public PostResponse move(long id, VolunteerPostStatus to, String note, String ifMatch) {
        VolunteerPost p = find(id);
        currentUser.requireEditDistrict(p.district.id);
        PostPermissions can = permissions(p);
        String text = Strings.blankToNull(note);
        OffsetDateTime now = OffsetDateTime.now(clock);
        switch (to) {
            case SUBMITTED -> {
                if (!can.canSubmit()) {
                    throw transition(p, to);
                }
            }
            case APPROVED -> {
                if (!currentUser.isAdminOrOffice()) {
                    throw ProblemException.forbidden("Only the office approves a post");
                }
                if (!can.canApprove()) {
                    throw transition(p, to);
                }
                if (p.closesOn.isBefore(today())) {
                    throw ProblemException.invalid("status", "the post's closing day (" + p.closesOn + ") has passed; change it first", "Closed");
                }
            }
            case RETURNED -> {
                if (!currentUser.isAdminOrOffice()) {
                    throw ProblemException.forbidden("Only the office returns a post");
                }
                if (!can.canApprove()) {
                    throw transition(p, to);
                }
                if (text == null) {
                    throw ProblemException.invalid("note", "say what to change", "NotBlank");
                }
            }
            case CLOSED -> {
                if (!can.canClose()) {
                    throw transition(p, to);
                }
            }
            default -> throw transition(p, to);
        }
        writes.update(api(), p, ifMatch, x -> {
            x.status = to;
            x.statusNote = to == VolunteerPostStatus.SUBMITTED ? null : text;
            switch (to) {
                case SUBMITTED -> x.submittedAt = now;
                case APPROVED -> {
                    x.approvedAt = now;
                    x.approvedBy = currentUser.displayName();
                }
                case CLOSED -> x.closedAt = now;
                default -> {
                }
            }
        });
        return toResponse(p);
    }

    static ProblemException transition(VolunteerPost p, VolunteerPostStatus to) {
        return ProblemException.conflict("A post that is " + p.status + " cannot become " + to);
    }

    // ---- inquiries ---------------------------------------------------------------------------

    public List<InquiryResponse> inquiries(long postId) {
        VolunteerPost p = find(postId);
        if (!currentUser.canSeePersonalData(p.district.id)) {
            throw ProblemException.forbidden("Only the office and the district's liaisons read the inquiries");
        }
        return em.createQuery("from VolunteerInquiry i where i.post = :p order by i.receivedAt desc, i.id desc", VolunteerInquiry.class)
                .setParameter("p", p).getResultList().stream().map(VolunteerPosts::toResponse).toList();
    }

    static InquiryResponse toResponse(VolunteerInquiry i) {
        return new InquiryResponse(i.id, i.post.id, i.personName, i.email, i.phone, i.message, i.receivedAt, i.relayedAt,
                i.relayChannel, i.relayedBy, i.version);
    }

    /** A liaison or the office passed the inquiry on themselves (the council has no e-mail address, or by phone). */
    @Transactional
    public InquiryResponse markRelayed(long inquiryId, String ifMatch) {
        VolunteerInquiry i = VolunteerInquiry.findById(inquiryId);
        if (i == null) {
            throw ProblemException.notFound("Volunteer inquiry", inquiryId);
        }
        if (!currentUser.canSeePersonalData(i.post.district.id)) {
            throw ProblemException.forbidden("Only the office and the district's liaisons relay the inquiries");
        }
        if (i.relayedAt != null) {
            return toResponse(i);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        writes.update(INQUIRY.withRepresentation(VolunteerPosts::toResponse), i, ifMatch, x -> {
            x.relayedAt = now;
            x.relayChannel = "HAND";
            x.relayedBy = currentUser.displayName();
        });
        em.createQuery("update VolunteerPost p set p.unrelayedCount = p.unrelayedCount - 1, " + COUNTS_MOVED
                + " where p.id = :id and p.unrelayedCount > 0").setParameter("id", i.post.id).setParameter("now", OffsetDateTime.now(clock))
                .executeUpdate();
        return toResponse(i);
    }

    // ---- public ---------------------------------------------------------------------------------

    PublicPost toPublic(VolunteerPost p) {
        return new PublicPost(p.id, p.organization.name, p.district.name, p.district.ward == null ? null : p.district.ward.name,
                p.title, p.activity, p.place, p.startsOn, p.endsOn, p.schedule, p.wanted, p.conditions, p.closesOn, p.approvedAt);
    }

    public Page<PublicPost> publicList(Long districtId, Long wardId, String q, PageParams page) {
        StringBuilder where = new StringBuilder(" where p.status = :approved and p.closesOn >= :today");
        Map<String, Object> params = new HashMap<>();
        params.put("approved", VolunteerPostStatus.APPROVED);
        params.put("today", today());
        if (districtId != null) {
            where.append(" and d.id = :district");
            params.put("district", districtId);
        }
        if (wardId != null) {
            where.append(" and d.ward.id = :ward");
            params.put("ward", wardId);
        }
        if (Strings.blankToNull(q) != null) {
            where.append(" and p.searchKey like :q escape '\\'");
            params.put("q", TextNormalizer.likeContains(q));
        }
        String order = SortSpec.orderBy(page.sort, SORT, "closesOn", "p.id");
        return JpqlPage.of(em, "select count(p) from VolunteerPost p join p.district d" + where,
                "select p from VolunteerPost p join fetch p.district d left join fetch d.ward join fetch p.organization o" + where + order,
                VolunteerPost.class, params, page, Keyset.NONE).map(this::toPublic);
    }

    static final List<String> CSV_COLUMNS = List.of("番号", "活動名", "団体名", "区", "校区", "活動内容", "場所", "開始日", "終了日",
            "日時", "募集人数", "条件", "締切");

    /** The open posts as CSV (UTF-8 with BOM, CRLF, RFC 4180), by closing day; formula-like text is guarded. */
    public String publicCsv() {
        StringBuilder out = new StringBuilder().append(jp.kyodo.common.transfer.Csv.BOM).append(jp.kyodo.common.transfer.Csv.record(CSV_COLUMNS));
        for (PublicPost p : em.createQuery("select p from VolunteerPost p join fetch p.district d left join fetch d.ward join fetch p.organization"
                + " where p.status = :approved and p.closesOn >= :today order by p.closesOn, p.id", VolunteerPost.class)
                .setParameter("approved", VolunteerPostStatus.APPROVED).setParameter("today", today()).getResultList().stream()
                .map(this::toPublic).toList()) {
            out.append(jp.kyodo.common.transfer.Csv.record(java.util.stream.Stream.of(String.valueOf(p.id()), p.title(), p.organizationName(),
                    p.wardName(), p.districtName(), p.activity(), p.place(), String.valueOf(p.startsOn()),
                    p.endsOn() == null ? null : p.endsOn().toString(), p.schedule(), String.valueOf(p.wanted()), p.conditions(),
                    p.closesOn().toString()).map(v -> v == null ? "" : jp.kyodo.common.transfer.FormulaGuard.protect(v)).toList()));
        }
        return out.toString();
    }

    public PublicPost publicPost(long id) {
        VolunteerPost p = VolunteerPost.findById(id);
        if (p == null || !p.publicOn(today())) {
            throw ProblemException.notFound("Volunteer post", id);
        }
        return toPublic(p);
    }

    /** Stores a visitor's inquiry about a published post, counts it, and tells the district's liaisons. */
    @Transactional
    public InquiryReceipt inquire(long postId, InquiryRequest r) {
        VolunteerPost p = VolunteerPost.findById(postId);
        if (p == null || !p.publicOn(today())) {
            throw ProblemException.notFound("Volunteer post", postId);
        }
        VolunteerInquiry i = new VolunteerInquiry();
        i.post = p;
        i.personName = r.name().strip();
        i.email = r.email().strip();
        i.phone = Strings.blankToNull(r.phone());
        i.message = r.message().strip();
        i.receivedAt = OffsetDateTime.now(clock);
        writes.create(INQUIRY, i);
        em.createQuery("update VolunteerPost p set p.inquiryCount = p.inquiryCount + 1, p.unrelayedCount = p.unrelayedCount + 1, "
                + COUNTS_MOVED + " where p.id = :id").setParameter("id", p.id).setParameter("now", i.receivedAt).executeUpdate();
        notices.fire(Notice.toDistrictLiaisons(p.district.id, INQUIRY_NOTICE, p.title, "/volunteer-posts/" + p.id, null));
        return new InquiryReceipt(i.id, i.receivedAt);
    }
}
