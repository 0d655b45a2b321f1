package jp.kyodo.common.transfer;

import java.util.List;
import java.util.Optional;
import jp.kyodo.common.transfer.Column.Type;
import jp.kyodo.common.transfer.Column.Use;

/**
 * 取込・出力の対象 — one data set that can be exported or imported: the name in paths and file names, the sheet
 * name of an .xlsx, and its columns in file order. Each feature declares its own data sets next to its
 * {@link Importer} and {@link Exporter}, in its own {@code transfer} package. Officers' and contacts' personal
 * data is deliberately not part of any data set.
 *
 * @param slug      the name in paths and file names: districts, organizations, membership-figures, …
 * @param sheetName name of the first sheet of an .xlsx file
 * @param columns   the columns in file order
 */
public record DatasetSpec(String slug, String sheetName, List<Column> columns) {

    public DatasetSpec {
        columns = List.copyOf(columns);
    }

    /** Shorthand for the column lists of the data set declarations. */
    public static Column col(String key, String labelJa, Type type, Use use, int width, String description,
            String example, String... aliases) {
        return new Column(key, labelJa, type, use, width, description, example, List.of(aliases));
    }

    /** The key of the optional expected-version column every data set of versioned records has. */
    public static final String VERSION = "version";

    /**
     * 更新番号 — the optional column that makes a re-import safe: the export writes each record's current version,
     * and a row whose version is no longer the stored one is refused (see {@link ImportRow#expectVersion}).
     */
    public static Column version(String record) {
        return col(VERSION, "更新番号", Type.INTEGER, Use.OPTIONAL, 10, "Expected version of the " + record
                + " (written by the export): a row whose record was changed since is refused (Stale), never saved; "
                + "blank: no check; not allowed on a row that creates a record", "3", "版", "バージョン");
    }

    public Optional<Column> column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public int indexOf(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    public List<Column> keyColumns() {
        return columns.stream().filter(c -> c.use() == Use.KEY).toList();
    }
}
