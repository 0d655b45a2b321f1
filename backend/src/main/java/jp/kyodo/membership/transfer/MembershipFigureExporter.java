package jp.kyodo.membership.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import jp.kyodo.common.paging.JpqlWhere;
import jp.kyodo.common.transfer.DatasetSpec;
import jp.kyodo.common.transfer.ExportFilter;
import jp.kyodo.common.transfer.Exporter;
import jp.kyodo.common.transfer.ValueLabels;
import jp.kyodo.membership.AreaCountMethod;

/** 加入世帯数の出力 — in one query (joins, no entity per row), filtered by districtId, wardId and fiscalYear. */
@ApplicationScoped
class MembershipFigureExporter implements Exporter {

    @Inject
    EntityManager em;

    @Override
    public DatasetSpec dataset() {
        return MembershipFigureDataset.SPEC;
    }

    @Override
    public ValueLabels labels() {
        return ValueLabels.of(dataset()).column("areaCountMethod", ValueLabels.labels(AreaCountMethod.class, m -> m.labelJa));
    }

    /** Rows in the order of the data set's columns, by organization code and year. */
    @Override
    public List<Object[]> rows(ExportFilter f) {
        return new JpqlWhere()
                .and("d.id = :district", "district", f.id("districtId"))
                .and("(w.id = :ward or dw.id = :ward)", "ward", f.id("wardId"))
                .and("m.fiscalYear = :fy", "fy", f.integer("fiscalYear"))
                .list(em, "select o.code, o.name, m.fiscalYear, m.households, m.memberHouseholds,"
                        + " m.areaCountMethod, m.source, m.note, m.version from MembershipFigure m join m.organization o"
                        + " left join o.district d left join d.ward dw left join o.ward w",
                        " order by o.code, m.fiscalYear", Object[].class);
    }
}
