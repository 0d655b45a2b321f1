package jp.kyodo.common.transfer;

import jp.kyodo.common.transfer.TransferDtos.ImportMode;
import jp.kyodo.common.transfer.TransferDtos.ImportReport;

/**
 * 取込 — runs the import of an uploaded file with the {@link Importer} registered for the data set: header,
 * rows, report, dry run and the all-or-nothing rule are the same for every data set. Resources that offer an
 * import call this; the transfer feature implements it.
 */
public interface Imports {

    /** Data rows per file. */
    int MAX_ROWS = 20_000;

    /** Problems listed in a report (all are counted). */
    int MAX_ERRORS = 1_000;

    /**
     * Imports the file into the data set with this slug, or with {@code dryRun} only says what the import would
     * do. In {@link ImportMode#ALL_OR_NOTHING} mode a report that is not {@code valid} changed nothing; in
     * {@link ImportMode#PARTIAL} mode the rows not refused are saved.
     */
    default ImportReport run(String slug, byte[] body, String contentType, boolean dryRun, ImportMode mode) {
        return run(slug, Upload.of(body), contentType, dryRun, mode);
    }

    /** As {@link #run(String, byte[], String, boolean, ImportMode)}, reading the file as a stream from the upload. */
    ImportReport run(String slug, Upload upload, String contentType, boolean dryRun, ImportMode mode);

    /** The data set of the importer registered under this slug. */
    DatasetSpec dataset(String slug);
}
