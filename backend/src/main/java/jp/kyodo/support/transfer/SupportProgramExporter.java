package jp.kyodo.support.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.common.paging.JpqlWhere;
import jp.kyodo.common.transfer.DatasetSpec;
import jp.kyodo.common.transfer.ExportFilter;
import jp.kyodo.common.transfer.Exporter;
import jp.kyodo.support.SupportCategory;

/** 支援策一覧の出力 — in one query, filtered by fiscalYear, in print order (edition, sort order, section kana). */
@ApplicationScoped
class SupportProgramExporter implements Exporter {

    @Inject
    EntityManager em;

    @Override
    public DatasetSpec dataset() {
        return SupportProgramDataset.SPEC;
    }

    @Override
    public List<Object[]> rows(ExportFilter f) {
        List<Object[]> out = new ArrayList<>();
        for (Object[] r : new JpqlWhere().and("p.fiscalYear = :fy", "fy", f.integer("fiscalYear"))
                .list(em, "select p.fiscalYear, s.code, s.name, p.name, p.kind, p.audience, p.categories, p.description, p.sortOrder, "
                        + "p.version from SupportProgram p join Section s on s.id = p.sectionId",
                        " order by p.fiscalYear, p.sortOrder, s.kana, p.name", Object[].class)) {
            int mask = (Integer) r[6];
            List<Object> row = new ArrayList<>(List.of(r[0], r[1], r[2], r[3], String.valueOf(r[4]), String.valueOf(r[5])));
            for (SupportCategory c : SupportCategory.values()) {
                row.add((mask & c.bit()) != 0);
            }
            row.add(r[7]);
            row.add(r[8]);
            row.add(r[9]);
            out.add(row.toArray());
        }
        return out;
    }
}
