package jp.kyodo.department.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.paging.JpqlPage;
import jp.kyodo.common.paging.Keyset;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.paging.SortSpec;
import jp.kyodo.common.persistence.Aggregate;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.department.Bureau;
import jp.kyodo.department.Department;
import jp.kyodo.department.DepartmentDtos.BureauRequest;
import jp.kyodo.department.DepartmentDtos.BureauResponse;
import jp.kyodo.department.DepartmentDtos.DepartmentRequest;
import jp.kyodo.department.DepartmentDtos.DepartmentResponse;
import jp.kyodo.department.DepartmentDtos.SectionRequest;
import jp.kyodo.department.DepartmentDtos.SectionResponse;
import jp.kyodo.department.Section;

/** 局・部・課 — the city's organization as reference data. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DepartmentService {

    private static final Map<String, String> SECTION_SORT = Map.of("code", "s.code", "name", "s.kana", "kana",
            "s.kana", "bureau", "b.sortOrder", "department", "d.sortOrder", "sortOrder", "s.sortOrder");

    @Inject
    EntityManager em;

    @Inject
    Writes writes;

    @Inject
    Event<OrganizationChartChanged> chartChanged;

    /** 局, 部, 課: history and 412 answers carry the API's representation (a bureau or department without its children). */
    static final Aggregate<Bureau> BUREAU = Aggregate.<Bureau>of("Bureau", b -> b.id, b -> b.version,
            b -> toResponse(b, List.of()));
    static final Aggregate<Department> DEPARTMENT = Aggregate.<Department>of("Department", d -> d.id,
            d -> d.version, d -> toResponse(d, List.of()));
    static final Aggregate<Section> SECTION = Aggregate.<Section>of("Section", s -> s.id, s -> s.version,
            DepartmentService::toResponse);

    // ---- the tree -------------------------------------------------------------------------------

    /** Every bureau with its departments and sections: three queries. */
    public List<BureauResponse> tree() {
        List<Bureau> bureaus = Bureau.list("order by sortOrder, code");
        List<Department> departments = em.createQuery("from Department d order by d.sortOrder, d.code",
                Department.class).getResultList();
        Map<Long, List<SectionResponse>> byDepartment = sectionsOf(null, 0);
        Map<Long, List<DepartmentResponse>> byBureau = new HashMap<>();
        for (Department d : departments) {
            byBureau.computeIfAbsent(d.bureau.id, k -> new ArrayList<>())
                    .add(toResponse(d, byDepartment.getOrDefault(d.id, List.of())));
        }
        return bureaus.stream().map(b -> toResponse(b, byBureau.getOrDefault(b.id, List.of()))).toList();
    }

    /** One bureau with its departments and sections: three queries. */
    public BureauResponse getBureau(long id) {
        Bureau b = Bureau.findById(id);
        if (b == null) {
            throw ProblemException.notFound("Bureau", id);
        }
        List<Department> departments = em.createQuery(
                "from Department d where d.bureau.id = :b order by d.sortOrder, d.code", Department.class)
                .setParameter("b", id).getResultList();
        Map<Long, List<SectionResponse>> byDepartment = sectionsOf(
                "d.bureau.id = :p", id);
        return toResponse(b, departments.stream()
                .map(d -> toResponse(d, byDepartment.getOrDefault(d.id, List.of()))).toList());
    }

    /** One department with its sections: two queries. */
    public DepartmentResponse getDepartment(long id) {
        Department d = Department.findById(id);
        if (d == null) {
            throw ProblemException.notFound("Department", id);
        }
        return toResponse(d, sectionsOf("d.id = :p", id).getOrDefault(d.id, List.of()));
    }

    /** Sections by department id, in display order: those matching {@code condition} (on {@code :p}), or all. */
    private Map<Long, List<SectionResponse>> sectionsOf(String condition, long param) {
        var query = em.createQuery("from Section s join fetch s.department d join fetch d.bureau"
                + (condition == null ? "" : " where " + condition) + " order by s.sortOrder, s.code", Section.class);
        if (condition != null) {
            query.setParameter("p", param);
        }
        Map<Long, List<SectionResponse>> byDepartment = new HashMap<>();
        query.getResultList()
                .forEach(s -> byDepartment.computeIfAbsent(s.department.id, k -> new ArrayList<>()).add(toResponse(s)));
        return byDepartment;
    }

    static BureauResponse toResponse(Bureau b, List<DepartmentResponse> departments) {
        return new BureauResponse(b.id, b.code, b.name, b.kana, b.sortOrder, departments, b.version, b.createdAt, b.updatedAt);
    }

    static DepartmentResponse toResponse(Department d, List<SectionResponse> sections) {
        return new DepartmentResponse(d.id, d.bureau.id, d.code, d.name, d.kana, d.sortOrder, sections, d.version, d.createdAt, d.updatedAt);
    }

    /** 課名 by id, in one statement (names shown beside records that keep a section id). */
    public java.util.Map<Long, String> sectionNames(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery("select s.id, s.name from Section s where s.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(java.util.stream.Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }

    public static SectionResponse toResponse(Section s) {
        Department d = s.department;
        return new SectionResponse(s.id, s.code, s.name, s.kana, d.id, d.name, d.bureau.id, d.bureau.name,
                s.sortOrder, s.version, s.createdAt, s.updatedAt);
    }

    // ---- bureaus ----------------------------------------------------------------------------------

    @Transactional
    public BureauResponse createBureau(BureauRequest r) {
        if (Bureau.count("code", r.code()) > 0) {
            throw ProblemException.invalid("code", "already used by another bureau", "Unique");
        }
        Bureau b = new Bureau();
        apply(b, r);
        return toResponse(writes.create(BUREAU, b), List.of());
    }

    @Transactional
    public BureauResponse updateBureau(long id, BureauRequest r, String ifMatch) {
        Bureau b = Bureau.findById(id);
        if (b == null) {
            throw ProblemException.notFound("Bureau", id);
        }
        chartChanged.fire(new OrganizationChartChanged("bureau", id));
        writes.update(BUREAU, b, ifMatch, x -> {
            if (!x.code.equals(r.code()) && Bureau.count("code", r.code()) > 0) {
                throw ProblemException.invalid("code", "already used by another bureau", "Unique");
            }
            apply(x, r);
        });
        return getBureau(id); // with its departments, as GET answers it
    }

    private static void apply(Bureau b, BureauRequest r) {
        b.code = r.code();
        b.name = r.name().strip();
        b.kana = TextNormalizer.reading(r.kana());
        b.sortOrder = r.sortOrder() == null ? 0 : r.sortOrder();
    }

    // ---- departments ------------------------------------------------------------------------------

    @Transactional
    public DepartmentResponse createDepartment(DepartmentRequest r) {
        if (Department.count("code", r.code()) > 0) {
            throw ProblemException.invalid("code", "already used by another department", "Unique");
        }
        Department d = new Department();
        apply(d, r);
        return toResponse(writes.create(DEPARTMENT, d), List.of());
    }

    @Transactional
    public DepartmentResponse updateDepartment(long id, DepartmentRequest r, String ifMatch) {
        Department d = Department.findById(id);
        if (d == null) {
            throw ProblemException.notFound("Department", id);
        }
        chartChanged.fire(new OrganizationChartChanged("department", id));
        writes.update(DEPARTMENT, d, ifMatch, x -> {
            if (!x.code.equals(r.code()) && Department.count("code", r.code()) > 0) {
                throw ProblemException.invalid("code", "already used by another department", "Unique");
            }
            apply(x, r);
        });
        return getDepartment(id); // with its sections, as GET answers it
    }

    private static void apply(Department d, DepartmentRequest r) {
        Bureau b = Bureau.findById(r.bureauId());
        if (b == null) {
            throw ProblemException.invalid("bureauId", "no such bureau", "Exists");
        }
        d.bureau = b;
        d.code = r.code();
        d.name = r.name().strip();
        d.kana = TextNormalizer.reading(r.kana());
        d.sortOrder = r.sortOrder() == null ? 0 : r.sortOrder();
    }

    // ---- sections ---------------------------------------------------------------------------------

    public record SectionFilter(Long bureauId, Long departmentId, String q) {
    }

    public Page<SectionResponse> sections(SectionFilter f, PageParams p, Keyset k) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.bureauId() != null) {
            where.append(" and b.id = :bureau");
            params.put("bureau", f.bureauId());
        }
        if (f.departmentId() != null) {
            where.append(" and d.id = :department");
            params.put("department", f.departmentId());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and s.searchKey like :q escape '\\'");
            params.put("q", TextNormalizer.likeContains(f.q()));
        }
        k.restrict(where, params, "s.updatedAt", "s.id");
        String order = k.orderBy(SortSpec.orderBy(p.sort, SECTION_SORT, "bureau,department,sortOrder,code", "s.id"),
                "s.updatedAt", "s.id");
        return JpqlPage.of(em, "select count(s) from Section s join s.department d join d.bureau b" + where,
                "select s from Section s join fetch s.department d join fetch d.bureau b" + where + order, Section.class,
                params, p, k).map(DepartmentService::toResponse);
    }

    public Section findSection(long id) {
        Section s = Section.findById(id);
        if (s == null) {
            throw ProblemException.notFound("Section", id);
        }
        return s;
    }

    public SectionResponse getSection(long id) {
        return toResponse(findSection(id));
    }

    @Transactional
    public SectionResponse createSection(SectionRequest r) {
        if (Section.count("code", r.code()) > 0) {
            throw ProblemException.invalid("code", "already used by another section", "Unique");
        }
        Section s = new Section();
        apply(s, r);
        return toResponse(writes.create(SECTION, s));
    }

    @Transactional
    public SectionResponse updateSection(long id, SectionRequest r, String ifMatch) {
        Section section = findSection(id);
        chartChanged.fire(new OrganizationChartChanged("section", id));
        return toResponse(writes.update(SECTION, section, ifMatch, x -> {
            boolean recoded = !x.code.equals(r.code());
            if (recoded && Section.count("code", r.code()) > 0) {
                throw ProblemException.invalid("code", "already used by another section", "Unique");
            }
            apply(x, r);
            if (recoded) {
                // the copy the request list sorts by (V23); not part of a request's representation, so no new version
                em.createNativeQuery("update city_request set section_code = :c where section_id = :s")
                        .setParameter("c", x.code).setParameter("s", x.id).executeUpdate();
            }
        }));
    }

    private static void apply(Section s, SectionRequest r) {
        Department d = Department.findById(r.departmentId());
        if (d == null) {
            throw ProblemException.invalid("departmentId", "no such department", "Exists");
        }
        s.department = d;
        s.code = r.code();
        s.name = r.name().strip();
        s.kana = TextNormalizer.reading(r.kana());
        s.sortOrder = r.sortOrder() == null ? 0 : r.sortOrder();
        s.searchKey = TextNormalizer.searchKey(s.name, s.kana, s.code, d.name, d.bureau.name);
    }
}
