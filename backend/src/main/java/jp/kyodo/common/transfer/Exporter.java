package jp.kyodo.common.transfer;

import java.util.List;

/**
 * Reads the rows of one data set for an export: the same filters as the data set's list, in the order of the
 * data set's columns (one value per column, null for an empty cell). An implementation is a CDI bean in the
 * feature that owns the data set; the transfer feature finds it by {@link DatasetSpec#slug()}.
 */
public interface Exporter {

    DatasetSpec dataset();

    List<Object[]> rows(ExportFilter filter);

    /**
     * How {@code labels=ja} writes the data set's coded values: by default only yes/no columns as はい/いいえ; a data
     * set with kinds, statuses or methods adds their labels (the same ones its import reads).
     */
    default ValueLabels labels() {
        return ValueLabels.of(dataset());
    }
}
