package jp.kyodo.membership.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.transfer.DatasetSpec;
import jp.kyodo.common.transfer.ExportFilter;
import jp.kyodo.common.transfer.Exporter;

/** 加入世帯数の出力 — in one query (joins, no entity per row), filtered by districtId, wardId and fiscalYear. */
@ApplicationScoped
class MembershipFigureExporter implements Exporter {

    @Inject
    EntityManager em;

    @Override
    public DatasetSpec dataset() {
        return MembershipFigureDataset.SPEC;
    }

    /** Rows in the order of the data set's columns, by organization code and year. */
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
        if (f.integer("fiscalYear") != null) {
            where.append(" and m.fiscalYear = :fy");
            params.put("fy", f.integer("fiscalYear"));
        }
        var q = em.createQuery("select o.code, o.name, m.fiscalYear, m.households, m.memberHouseholds,"
                + " m.areaCountMethod, m.source, m.note from MembershipFigure m join m.organization o"
                + " left join o.district d left join d.ward dw left join o.ward w" + where
                + " order by o.code, m.fiscalYear", Object[].class);
        params.forEach(q::setParameter);
        return q.getResultList();
    }
}
