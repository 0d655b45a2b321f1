package jp.kyodo.transfer.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.kyodo.common.transfer.DatasetSpec;
import jp.kyodo.common.transfer.ExportFilter;
import jp.kyodo.common.transfer.Exporter;

/**
 * 出力 — the rows of a data set with the same filters as its list, read by the {@link Exporter} bean the
 * feature declares for it (found by slug), to be written as CSV or .xlsx in exactly the format the import reads.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ExportService {

    @Inject
    @Any
    Instance<Exporter> exporters;

    /** The data set of the exporter registered under this slug. */
    public DatasetSpec dataset(String slug) {
        return exporter(slug).dataset();
    }

    /** The rows, in the order of the data set's columns. */
    public List<Object[]> rows(String slug, ExportFilter filter) {
        return exporter(slug).rows(filter);
    }

    /** The rows with their coded values as Japanese labels (labels=ja). */
    public List<Object[]> labelled(String slug, List<Object[]> rows) {
        return exporter(slug).labels().apply(rows);
    }

    /** The registered exporters by slug, in slug order. */
    public Map<String, DatasetSpec> datasets() {
        Map<String, DatasetSpec> all = new TreeMap<>();
        exporters.forEach(e -> all.put(e.dataset().slug(), e.dataset()));
        return all;
    }

    private Exporter exporter(String slug) {
        for (Exporter e : exporters) {
            if (e.dataset().slug().equals(slug)) {
                return e;
            }
        }
        throw new IllegalStateException("no exporter for the data set " + slug);
    }
}
