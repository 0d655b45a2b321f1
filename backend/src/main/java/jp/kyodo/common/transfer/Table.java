package jp.kyodo.common.transfer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The cells of an uploaded file as text: the header (the first non-blank row) and the data rows after it, each
 * with its row number as Excel shows it. Blank rows are left out but keep their numbers counted.
 *
 * @param csv        whether the file was CSV (text cells then carry the {@link FormulaGuard})
 * @param overCapRow the number of the first data row beyond the cap, or 0 when the file is within it
 */
public record Table(boolean csv, Line header, List<Line> rows, int overCapRow) {

    /** One row of the file: its number (1 = first row) and its cells, left to right; missing cells are null. */
    public record Line(int number, List<String> cells) {

        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : null;
        }

        boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    /** Collects rows as a reader meets them, and stops taking them beyond the cap. */
    static final class Builder {
        private final boolean csv;
        private final int maxRows;
        private Line header;
        private final List<Line> rows = new ArrayList<>();
        private int overCapRow;

        Builder(boolean csv, int maxRows) {
            this.csv = csv;
            this.maxRows = maxRows;
        }

        /** @return false once the cap is exceeded, so that the reader can stop */
        boolean add(int number, List<String> cells) {
            Line line = new Line(number, Collections.unmodifiableList(new ArrayList<>(cells)));
            if (line.blank()) {
                return true;
            }
            if (header == null) {
                header = line;
                return true;
            }
            if (rows.size() >= maxRows) {
                overCapRow = number;
                return false;
            }
            rows.add(line);
            return true;
        }

        boolean overCap() {
            return overCapRow > 0;
        }

        Table build() {
            return new Table(csv, header, List.copyOf(rows), overCapRow);
        }
    }
}
