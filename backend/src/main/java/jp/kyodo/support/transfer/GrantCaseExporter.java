package jp.kyodo.support.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.kyodo.common.paging.JpqlWhere;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.transfer.DatasetSpec;
import jp.kyodo.common.transfer.ExportFilter;
import jp.kyodo.common.transfer.Exporter;
import jp.kyodo.support.service.GrantCases;

/**
 * 交付案件の出力 — in one query, filtered by programId, fiscalYear, wardId and districtId, by program and organization
 * code; the office's and sections' view (a liaison exports the cases of their districts only; others none).
 */
@ApplicationScoped
class GrantCaseExporter implements Exporter {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    GrantCases cases;

    @Override
    public DatasetSpec dataset() {
        return GrantCaseDataset.SPEC;
    }

    @Override
    public List<Object[]> rows(ExportFilter f) {
        JpqlWhere where = new JpqlWhere()
                .and("p.id = :program", "program", f.id("programId"))
                .and("c.fiscalYear = :fy", "fy", f.integer("fiscalYear"))
                .and("d.ward.id = :ward", "ward", f.id("wardId"))
                .and("d.id = :district", "district", f.id("districtId"));
        if (!currentUser.isOffice()) {
            if (currentUser.isDepartment() && currentUser.sectionId() != null) {
                where.and("p.sectionId = :own", "own", currentUser.sectionId());
            } else if (!currentUser.districtIds().isEmpty()) {
                where.and("d.id in :mine", "mine", currentUser.districtIds());
            } else {
                return List.of();
            }
        }
        List<Object[]> rows = where.list(em, "select p.id, p.name, o.code, o.name, d.name, c.status, c.planReceivedOn, c.appliedOn, "
                + "c.eligibleCost, c.units, c.decidedYen, c.paidYen, c.reportedOn, c.reportedCost, c.reportedUnits, c.version "
                + "from GrantCase c join c.program p join c.organization o left join o.district d",
                " order by p.fiscalYear, p.sortOrder, p.id, o.code", Object[].class);
        for (Object[] r : rows) {
            r[9] = units((String) r[9]);
            r[14] = units((String) r[14]);
        }
        return rows;
    }

    String units(String kept) {
        if (kept == null) {
            return null;
        }
        Map<String, Long> m = cases.unitsOf(kept);
        return m.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }
}
