package jp.kyodo.common.transfer;

import java.util.Locale;
import jp.kyodo.common.error.ProblemException;

/** The two file formats of import and export. */
public enum FileFormat {
    /** CSV: UTF-8 with BOM (so that Excel opens it as UTF-8), CRLF line ends, RFC 4180 quoting. */
    CSV("csv", FileFormat.CSV_TYPE),
    /** Excel workbook (.xlsx, Office Open XML). */
    XLSX("xlsx", FileFormat.XLSX_TYPE);

    public static final String CSV_TYPE = "text/csv";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** What browsers on Windows send as the type of a .csv file; an upload accepts it as CSV. */
    public static final String WINDOWS_CSV_TYPE = "application/vnd.ms-excel";

    private final String extension;
    private final String mediaType;

    FileFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Content-Type of a download. */
    public String contentType() {
        return this == CSV ? CSV_TYPE + "; charset=UTF-8" : mediaType;
    }

    /** The {@code format} query parameter: csv (default) or xlsx. */
    public static FileFormat of(String param) {
        if (param == null || param.isBlank()) {
            return CSV;
        }
        return switch (param.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> CSV;
            case "xlsx" -> XLSX;
            default -> throw ProblemException.invalid("format", "must be csv or xlsx", "Format");
        };
    }
}
