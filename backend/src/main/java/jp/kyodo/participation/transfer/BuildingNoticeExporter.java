package jp.kyodo.participation.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.paging.JpqlWhere;
import jp.kyodo.common.transfer.DatasetSpec;
import jp.kyodo.common.transfer.ExportFilter;
import jp.kyodo.common.transfer.Exporter;
import jp.kyodo.common.transfer.ValueLabels;
import jp.kyodo.common.web.Japanese;

/** 届出の出力 — the buildings (filtered by fiscalYear of the notice, wardId, districtId) by notice day, in one query. */
@ApplicationScoped
class BuildingNoticeExporter implements Exporter {

    static final Map<String, String> OUTCOMES = Map.of("PENDING", "協議中", "BLOCK_JOIN", "一括加入", "INDIVIDUAL", "個別加入",
            "NEW_ASSOCIATION", "自治会を結成", "DECLINED", "協力なし");

    @Inject
    EntityManager em;

    @Override
    public DatasetSpec dataset() {
        return BuildingNoticeDataset.SPEC;
    }

    @Override
    public ValueLabels labels() {
        return ValueLabels.of(dataset()).column("outcome", OUTCOMES);
    }

    @Override
    public List<Object[]> rows(ExportFilter f) {
        Integer fy = f.integer("fiscalYear");
        JpqlWhere where = new JpqlWhere()
                .and("b.noticeOn >= :from", "from", fy == null ? null : Japanese.fiscalYearStart(fy))
                .and("b.noticeOn <= :to", "to", fy == null ? null : Japanese.fiscalYearEnd(fy))
                .and("d.ward.id = :ward", "ward", f.id("wardId"))
                .and("d.id = :district", "district", f.id("districtId"));
        return where.list(em, "select b.noticeNo, b.noticeOn, b.name, b.address, d.code, o.code, b.units, b.developer, b.managementCompany, "
                + "b.completionOn, b.outcome, b.joinedUnits, b.contactCount, b.version from NewBuilding b join b.district d left join b.organization o",
                " order by b.noticeOn, b.id", Object[].class);
    }
}
