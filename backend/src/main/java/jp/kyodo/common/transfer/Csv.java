package jp.kyodo.common.transfer;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader and writer, so that no CSV library is needed. Writes CRLF line ends and quotes a
 * field only when it contains a comma, a quote or a line break. Reads what Excel and other tools write: an
 * optional UTF-8 byte order mark, CRLF, LF or CR line ends, quoted fields with doubled quotes and line breaks
 * inside them.
 */
public final class Csv {

    public static final char BOM = '\uFEFF';
    public static final String CRLF = "\r\n";

    private Csv() {
    }

    /** Receives each record with its number: the n-th record is row n in Excel, even across quoted line breaks. */
    @FunctionalInterface
    public interface RecordHandler {
        /** @return false to stop reading */
        boolean record(int number, List<String> fields);
    }

    /** A quoted field that never ends: the file is cut off or not CSV. */
    public static final class MalformedException extends RuntimeException {
        private final int row;

        MalformedException(int row, String message) {
            super(message);
            this.row = row;
        }

        public int row() {
            return row;
        }
    }

    /** One record: its fields separated by commas and quoted where needed, terminated by CRLF. */
    public static String record(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            appendField(sb, fields.get(i));
        }
        return sb.append(CRLF).toString();
    }

    static void appendField(StringBuilder sb, String f) {
        if (f == null || f.isEmpty()) {
            return;
        }
        boolean quote = false;
        for (int i = 0; i < f.length() && !quote; i++) {
            char c = f.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        if (!quote) {
            sb.append(f);
            return;
        }
        sb.append('"');
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '"') {
                sb.append('"');
            }
            sb.append(c);
        }
        sb.append('"');
    }

    /** Reads every record of the text; a leading byte order mark is skipped. */
    public static void read(String text, RecordHandler handler) {
        int n = text.length();
        int i = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
        int number = 0;
        StringBuilder field = new StringBuilder();
        while (i < n) {
            number++;
            List<String> fields = new ArrayList<>();
            boolean endOfRecord = false;
            while (!endOfRecord) {
                field.setLength(0);
                if (i < n && text.charAt(i) == '"') {
                    int startRow = number;
                    i++;
                    while (true) {
                        if (i >= n) {
                            throw new MalformedException(startRow,
                                    "a quoted field that starts in row " + startRow + " never ends");
                        }
                        char c = text.charAt(i);
                        if (c == '"') {
                            if (i + 1 < n && text.charAt(i + 1) == '"') {
                                field.append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            break;
                        }
                        field.append(c);
                        i++;
                    }
                }
                // Unquoted text, or (leniently, as Excel does) text after a closing quote up to the delimiter.
                while (i < n) {
                    char c = text.charAt(i);
                    if (c == ',' || c == '\r' || c == '\n') {
                        break;
                    }
                    field.append(c);
                    i++;
                }
                fields.add(field.toString());
                if (i < n && text.charAt(i) == ',') {
                    i++;
                    continue;
                }
                if (i < n && text.charAt(i) == '\r') {
                    i++;
                }
                if (i < n && text.charAt(i) == '\n') {
                    i++;
                }
                endOfRecord = true;
            }
            if (!handler.record(number, fields)) {
                return;
            }
        }
    }

    /** All records of the text (for tests and small inputs). */
    public static List<List<String>> readAll(String text) {
        List<List<String>> all = new ArrayList<>();
        read(text, (number, fields) -> all.add(fields));
        return all;
    }
}
