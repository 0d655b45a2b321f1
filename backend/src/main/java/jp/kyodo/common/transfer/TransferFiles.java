package jp.kyodo.common.transfer;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of export and import templates: rows of a data set written as CSV or .xlsx in exactly the format
 * the import reads, and their names.
 */
public final class TransferFiles {

    /** File names carry the date in the city's time zone. */
    public static final ZoneId ZONE = jp.kyodo.common.time.JapanClock.ZONE;

    private TransferFiles() {
    }

    /** e.g. districts-20261122.csv */
    public static String fileName(DatasetSpec dataset, FileFormat format, java.time.Clock clock) {
        return dataset.slug() + "-" + LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE) + "."
                + format.extension();
    }

    /** e.g. districts-template.xlsx */
    public static String templateName(DatasetSpec dataset, FileFormat format) {
        return dataset.slug() + "-template." + format.extension();
    }

    /** The file, written when the response is sent (rows are already loaded: no database work then). */
    public static StreamingOutput file(DatasetSpec dataset, FileFormat format, List<Object[]> rows) {
        return file(dataset, format, rows, false);
    }

    /** The file with row 1 holding the column keys or, with {@code japaneseHeaders}, the Japanese labels. */
    public static StreamingOutput file(DatasetSpec dataset, FileFormat format, List<Object[]> rows, boolean japaneseHeaders) {
        if (format == FileFormat.XLSX) {
            return out -> Xlsx.write(out, dataset, rows, japaneseHeaders);
        }
        return out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write(Csv.BOM);
            List<Column> columns = dataset.columns();
            w.write(Csv.record(columns.stream().map(c -> header(c, japaneseHeaders)).toList()));
            List<String> fields = new ArrayList<>(columns.size());
            for (Object[] row : rows) {
                fields.clear();
                for (int c = 0; c < columns.size(); c++) {
                    fields.add(csvText(columns.get(c), row[c]));
                }
                w.write(Csv.record(fields));
            }
            w.flush();
        };
    }

    /** The header of a column: its key, or its Japanese label. */
    static String header(Column column, boolean japanese) {
        return japanese ? column.labelJa() : column.key();
    }

    static String csvText(Column column, Object v) {
        if (v == null) {
            return "";
        }
        String s = v instanceof Enum<?> e ? e.name() : v.toString();
        return column.type() == Column.Type.TEXT ? FormulaGuard.protect(s) : s;
    }
}
