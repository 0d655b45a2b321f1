package jp.kyodo.district.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import jp.kyodo.common.paging.JpqlWhere;
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
        return new JpqlWhere()
                .and("w.id = :ward", "ward", f.id("wardId"))
                .andContains("d.searchKey like :q escape '\\'", "q", f.text("q"))
                .list(em, "select d.code, d.name, d.kana, w.code, d.communityHall, d.note, d.version from District d join d.ward w",
                        " order by d.code", Object[].class);
    }
}
