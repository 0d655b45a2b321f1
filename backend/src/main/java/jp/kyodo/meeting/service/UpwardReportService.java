package jp.kyodo.meeting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import jp.kyodo.district.District;
import jp.kyodo.meeting.MeetingDtos.UpwardReportRequest;
import jp.kyodo.meeting.MeetingDtos.UpwardReportResponse;
import jp.kyodo.meeting.UpwardReport;
import jp.kyodo.meeting.UpwardReportType;
import jp.kyodo.organization.Organization;

/**
 * 校区からの報告 — what districts send up to the city. Recorded by the office for any district and by a liaison
 * for the districts assigned to them (the registry's rule). Everyone may read the log; the internal note and
 * the link are left out for anonymous callers.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class UpwardReportService {

    @jakarta.inject.Inject
    java.time.Clock clock;

    static final Map<String, String> SORT = Map.of("receivedOn", "r.receivedOn", "district", "d.kana", "type",
            "r.type", "title", "r.title", "section", "r.sectionName");

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Writes writes;

    @Inject
    jakarta.enterprise.event.Event<jp.kyodo.common.notification.Notice> notices;

    /** A report recorded by someone other than the district's own liaison: the liaisons hear of it. */
    public static final String REPORT_RECEIVED = "REPORT_RECEIVED";

    public record Filter(Long districtId, UpwardReportType type, Integer fiscalYear, String sectionName,
            Long sectionId, String q) {
    }

    public Page<UpwardReportResponse> list(Filter f, PageParams p, Keyset k) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.districtId() != null) {
            where.append(" and d.id = :district");
            params.put("district", f.districtId());
        }
        if (f.type() != null) {
            where.append(" and r.type = :type");
            params.put("type", f.type());
        }
        if (f.fiscalYear() != null) {
            where.append(" and r.fiscalYear = :fy");
            params.put("fy", f.fiscalYear());
        }
        String section = Strings.blankToNull(f.sectionName());
        if (section != null) {
            where.append(" and r.sectionName = :section");
            params.put("section", section);
        }
        if (f.sectionId() != null) {
            where.append(" and r.sectionId = :sectionId");
            params.put("sectionId", f.sectionId());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and r.searchKey like :q escape '\\'");
            params.put("q", TextNormalizer.likeContains(f.q()));
        }
        k.restrict(where, params, "r.updatedAt", "r.id");
        String order = k.orderBy(SortSpec.orderBy(p.sort, SORT, "-receivedOn", "r.id"), "r.updatedAt", "r.id");
        Page<UpwardReport> found = JpqlPage.of(em, "select count(r) from UpwardReport r join r.district d" + where, "select r from UpwardReport r join fetch r.district d left join fetch r.organization"
                + where + order, UpwardReport.class, params, p, k);
        return found.map(this::toResponse);
    }

    public UpwardReport find(long id) {
        UpwardReport r = UpwardReport.findById(id);
        if (r == null) {
            throw ProblemException.notFound("Upward report", id);
        }
        return r;
    }

    public UpwardReportResponse get(long id) {
        return toResponse(find(id));
    }

    UpwardReportResponse toResponse(UpwardReport r) {
        boolean internal = !currentUser.isAnonymous();
        return new UpwardReportResponse(r.id, r.type, r.title, r.district.id, r.district.code, r.district.name,
                r.organization == null ? null : r.organization.id,
                r.organization == null ? null : r.organization.name, r.receivedOn, r.fiscalYear, r.sectionName,
                r.sectionId, internal ? r.url : null, internal ? r.note : null,
                new Permissions(currentUser.canEditDistrict(r.district.id)), r.version, r.createdAt, r.updatedAt);
    }

    /** 校区からの報告: history under the district; 412 answers carry the API's representation. */
    Aggregate<UpwardReport> aggregate() {
        return Aggregate.<UpwardReport>of("UpwardReport", r -> r.id, r -> r.version, this::toResponse)
                .withState(UpwardReportService::auditState).withParent("District", r -> r.district.id);
    }

    static Map<String, Object> auditState(UpwardReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", r.type);
        m.put("title", r.title);
        m.put("districtId", r.district.id);
        m.put("organizationId", r.organization == null ? null : r.organization.id);
        m.put("receivedOn", r.receivedOn);
        m.put("fiscalYear", r.fiscalYear);
        m.put("sectionName", r.sectionName);
        m.put("sectionId", r.sectionId);
        m.put("url", r.url);
        m.put("note", r.note);
        return m;
    }

    @Transactional
    public UpwardReportResponse create(UpwardReportRequest body) {
        UpwardReport r = new UpwardReport();
        apply(r, body);
        currentUser.requireEditDistrict(r.district.id);
        UpwardReportResponse created = toResponse(writes.create(aggregate(), r));
        // The liaison who recorded it knows already; when the office (or anyone else) recorded it, the district's
        // liaisons are told, so what the council sent up reaches the person who looks after the district.
        if (!currentUser.districtIds().contains(r.district.id)) {
            notices.fire(jp.kyodo.common.notification.Notice.toDistrictLiaisons(r.district.id, REPORT_RECEIVED,
                    r.district.name + "：" + r.title, "/upward-reports?district=" + r.district.id, null));
        }
        return created;
    }

    @Transactional
    public UpwardReportResponse update(long id, UpwardReportRequest body, String ifMatch) {
        UpwardReport r = find(id);
        currentUser.requireEditDistrict(r.district.id);
        return toResponse(writes.update(aggregate(), r, ifMatch, x -> {
            apply(x, body);
            // moving a report to another district needs the right to both
            currentUser.requireEditDistrict(x.district.id);
        }));
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        UpwardReport r = find(id);
        currentUser.requireEditDistrict(r.district.id);
        writes.delete(aggregate(), r, ifMatch);
    }

    private void apply(UpwardReport r, UpwardReportRequest b) {
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
        if (b.sectionId() != null && jp.kyodo.department.Section.findById(b.sectionId()) == null) {
            errors.add(new FieldProblem("sectionId", "no section has the id " + b.sectionId(), "Exists"));
        }
        if (b.receivedOn().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldProblem("receivedOn", "must not be in the future", "PastOrPresent"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        r.type = b.type();
        r.title = b.title().strip();
        r.district = district;
        r.organization = org;
        r.receivedOn = b.receivedOn();
        r.fiscalYear = Japanese.fiscalYearOf(b.receivedOn());
        r.sectionName = Strings.blankToNull(b.sectionName());
        r.sectionId = b.sectionId();
        r.url = Strings.blankToNull(b.url());
        r.note = Strings.blankToNull(b.note());
        r.searchKey = TextNormalizer.searchKey(r.title, r.sectionName);
    }
}
