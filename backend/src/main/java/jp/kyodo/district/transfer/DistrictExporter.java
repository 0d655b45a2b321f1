package jp.kyodo.district.transfer;

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

/** 校区の出力 — in one query (joins, no entity per row), with the filters of the district list (wardId, q). */
@ApplicationScoped
class DistrictExporter implements Exporter {

    @Inject
    EntityManager em;

    @Override
    public DatasetSpec dataset() {
        return DistrictDataset.SPEC;
    }

    /** Rows in the order of the data set's columns, by code. */
    @Override
    public List<Object[]> rows(ExportFilter f) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.id("wardId") != null) {
            where.append(" and w.id = :ward");
            params.put("ward", f.id("wardId"));
        }
        if (f.text("q") != null) {
            where.append(" and d.searchKey like :q escape '\\'");
            params.put("q", TextNormalizer.likeContains(f.text("q")));
        }
        var q = em.createQuery("select d.code, d.name, d.kana, w.code, d.communityHall, d.note"
                + " from District d join d.ward w" + where + " order by d.code", Object[].class);
        params.forEach(q::setParameter);
        return q.getResultList();
    }
}
