package jp.kyodo.organization.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import jp.kyodo.common.paging.JpqlWhere;
import jp.kyodo.common.transfer.DatasetSpec;
import jp.kyodo.common.transfer.ExportFilter;
import jp.kyodo.common.transfer.Exporter;
import jp.kyodo.common.transfer.ValueLabels;
import jp.kyodo.organization.OrganizationKind;
import jp.kyodo.organization.OrganizationSubKind;

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

    /** Kinds and sub-kinds by the labels the organization import looks them up by (reference data: a few rows). */
    @Override
    public ValueLabels labels() {
        java.util.Map<String, String> kinds = new java.util.LinkedHashMap<>();
        OrganizationKind.<OrganizationKind>listAll().forEach(k -> kinds.put(k.code, k.labelJa));
        java.util.Map<String, String> subKinds = new java.util.LinkedHashMap<>();
        OrganizationSubKind.<OrganizationSubKind>listAll().forEach(s -> subKinds.put(s.code, s.labelJa));
        return ValueLabels.of(dataset()).column("kind", kinds).column("subKind", subKinds);
    }

    /** Rows in the order of the data set's columns, by code. */
    @Override
    public List<Object[]> rows(ExportFilter f) {
        return new JpqlWhere()
                .and("d.id = :district", "district", f.id("districtId"))
                .and("(w.id = :ward or dw.id = :ward)", "ward", f.id("wardId"))
                .and("o.kindCode = :kind", "kind", f.text("kind"))
                .and("p.id = :parent", "parent", f.id("parentId"))
                .andContains("o.searchKey like :q escape '\\'", "q", f.text("q"))
                .list(em, "select o.code, o.kindCode, o.subKindCode, o.name, o.kana, d.code, w.code, p.code,"
                        + " o.foundedOn, o.legalEntity, o.legalEntitySince, o.publishesAssemblyDocuments, o.publishesAccounts, o.version"
                        + " from Organization o left join o.district d left join d.ward dw left join o.ward w"
                        + " left join o.parent p", " order by o.code", Object[].class);
    }
}
