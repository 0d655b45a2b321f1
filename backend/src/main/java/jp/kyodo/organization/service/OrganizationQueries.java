package jp.kyodo.organization.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import jp.kyodo.common.paging.JpqlPage;
import jp.kyodo.common.paging.Keyset;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.paging.SortSpec;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.organization.Organization;
import jp.kyodo.organization.OrganizationDtos.OrganizationSummary;

/** 地域団体の一覧 — the organization list with its filters and sort keys (reads only). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganizationQueries {

    private static final Map<String, String> SORT_KEYS = Map.of("code", "o.code", "name", "o.kana", "kana", "o.kana",
            "kind", "o.kindCode");

    @Inject
    EntityManager em;

    public record ListFilter(Long districtId, Long wardId, String kind, Long parentId, String q) {
    }

    public Page<OrganizationSummary> list(ListFilter f, PageParams p, Keyset k) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.districtId() != null) {
            where.append(" and o.district.id = :district");
            params.put("district", f.districtId());
        }
        if (f.wardId() != null) {
            where.append(" and (o.ward.id = :ward or o.district.ward.id = :ward)");
            params.put("ward", f.wardId());
        }
        if (f.kind() != null && !f.kind().isBlank()) {
            where.append(" and o.kindCode = :kind");
            params.put("kind", f.kind());
        }
        if (f.parentId() != null) {
            where.append(" and o.parent.id = :parent");
            params.put("parent", f.parentId());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and o.searchKey like :q escape '\\'");
            params.put("q", TextNormalizer.likeContains(f.q()));
        }
        k.restrict(where, params, "o.updatedAt", "o.id");
        String order = k.orderBy(SortSpec.orderBy(p.sort, SORT_KEYS, "code", "o.id"), "o.updatedAt", "o.id");
        return JpqlPage.of(em, "select count(o) from Organization o left join o.district" + where,
                "select o from Organization o left join fetch o.district" + where + order, Organization.class, params, p, k)
                .map(OrganizationQueries::toSummary);
    }

    static OrganizationSummary toSummary(Organization o) {
        return new OrganizationSummary(o.id, o.code, o.kindCode, o.subKindCode, o.name, o.kana, o.districtId(),
                o.district == null ? null : o.district.name, o.parent == null ? null : o.parent.id, o.legalEntity,
                o.version, o.createdAt, o.updatedAt);
    }
}
