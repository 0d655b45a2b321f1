package jp.kyodo.common.transfer;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader and writer, so that no CSV library is needed; the reader streams (a {@link Reader} in,
 * one record at a time out). Writes CRLF line ends and quotes a
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
        read(new StringReader(text), handler);
    }

    /**
     * Reads every record from the reader as it comes (a file is never held whole); a leading byte order mark is
     * skipped. The reader is not closed.
     */
    public static void read(Reader reader, RecordHandler handler) {
        Chars in = new Chars(reader);
        if (in.peek() == BOM) {
            in.next();
        }
        int number = 0;
        StringBuilder field = new StringBuilder();
        List<String> fields = new ArrayList<>();
        while (in.peek() >= 0) {
            number++;
            fields = new ArrayList<>(Math.max(8, fields.size()));
            boolean endOfRecord = false;
            while (!endOfRecord) {
                field.setLength(0);
                if (in.peek() == '"') {
                    int startRow = number;
                    in.next();
                    while (true) {
                        int c = in.next();
                        if (c < 0) {
                            throw new MalformedException(startRow,
                                    "a quoted field that starts in row " + startRow + " never ends");
                        }
                        if (c == '"') {
                            if (in.peek() == '"') {
                                field.append('"');
                                in.next();
                                continue;
                            }
                            break;
                        }
                        field.append((char) c);
                    }
                }
                // Unquoted text, or (leniently, as Excel does) text after a closing quote up to the delimiter.
                while (true) {
                    int c = in.peek();
                    if (c < 0 || c == ',' || c == '\r' || c == '\n') {
                        break;
                    }
                    field.append((char) c);
                    in.next();
                }
                fields.add(field.toString());
                if (in.peek() == ',') {
                    in.next();
                    continue;
                }
                if (in.peek() == '\r') {
                    in.next();
                }
                if (in.peek() == '\n') {
                    in.next();
                }
                endOfRecord = true;
            }
            if (!handler.record(number, fields)) {
                return;
            }
        }
    }

    /** Characters from a reader through a buffer, with one character of look-ahead. */
    private static final class Chars {
        private final Reader reader;
        private final char[] buffer = new char[8192];
        private int pos;
        private int end;

        Chars(Reader reader) {
            this.reader = reader;
        }

        int peek() {
            if (pos == end && !fill()) {
                return -1;
            }
            return buffer[pos];
        }

        int next() {
            int c = peek();
            if (c >= 0) {
                pos++;
            }
            return c;
        }

        private boolean fill() {
            try {
                int n;
                do {
                    n = reader.read(buffer, 0, buffer.length);
                } while (n == 0);
                pos = 0;
                end = Math.max(n, 0);
                return n > 0;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
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
