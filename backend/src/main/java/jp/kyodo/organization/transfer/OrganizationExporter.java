package jp.kyodo.organization.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.common.transfer.DatasetSpec;
import jp.kyodo.common.transfer.ExportFilter;
import jp.kyodo.common.transfer.Exporter;

/**
 * 地域団体の出力 — in one query (joins, no entity per row), with the filters of the organization list
 * (districtId, wardId, kind, parentId, q); never the contact.
 */
@ApplicationScoped
class OrganizationExporter implements Exporter {

    @Inject
    EntityManager em;

    @Override
    public DatasetSpec dataset() {
        return OrganizationDataset.SPEC;
    }

    /** Rows in the order of the data set's columns, by code. */
    @Override
    public List<Object[]> rows(ExportFilter f) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.id("districtId") != null) {
            where.append(" and d.id = :district");
            params.put("district", f.id("districtId"));
        }
        if (f.id("wardId") != null) {
            where.append(" and (w.id = :ward or dw.id = :ward)");
            params.put("ward", f.id("wardId"));
        }
        if (f.text("kind") != null) {
            where.append(" and o.kindCode = :kind");
            params.put("kind", f.text("kind"));
        }
        if (f.id("parentId") != null) {
            where.append(" and p.id = :parent");
            params.put("parent", f.id("parentId"));
        }
        if (f.text("q") != null) {
            where.append(" and o.searchKey like :q escape '\\'");
            params.put("q", TextNormalizer.likeContains(f.text("q")));
        }
        var q = em.createQuery("select o.code, o.kindCode, o.subKindCode, o.name, o.kana, d.code, w.code, p.code,"
                + " o.foundedOn, o.legalEntity, o.legalEntitySince, o.publishesAssemblyDocuments, o.publishesAccounts"
                + " from Organization o left join o.district d left join d.ward dw left join o.ward w"
                + " left join o.parent p" + where + " order by o.code", Object[].class);
        params.forEach(q::setParameter);
        return q.getResultList();
    }
}
