package jp.kyodo.common.transfer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.error.ProblemType;

/**
 * Reads an uploaded file into a {@link Table}. The content decides the format, not the declared type (browsers
 * on Windows label .csv files application/vnd.ms-excel): a zip signature means .xlsx, anything else must be
 * CSV text. CSV is read as UTF-8 (with or without BOM); a file that is not valid UTF-8 is read as Shift_JIS
 * (Windows-31J), which is what Excel writes for its plain "CSV" format.
 */
public final class Uploads {

    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    private Uploads() {
    }

    public static Table read(byte[] body, String contentType, int maxRows) {
        if (body == null || body.length == 0) {
            throw new ProblemException(ProblemType.MALFORMED, "The file is empty");
        }
        if (startsWith(body, 0x50, 0x4B, 0x03, 0x04)) {
            try {
                return Xlsx.read(body, maxRows);
            } catch (Xlsx.NotAWorkbookException e) {
                throw unsupported("The file is a zip archive but not an Excel workbook (.xlsx), or the workbook is damaged");
            } catch (Xlsx.UnreadableException e) {
                throw new ProblemException(ProblemType.MALFORMED,
                        "The Excel workbook could not be read; it may be damaged. Open it in Excel and save it again");
            }
        }
        if (startsWith(body, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            throw unsupported("This is an old Excel file (.xls) or a password-protected workbook;"
                    + " save it as Excel Workbook (.xlsx) or CSV UTF-8, without a password");
        }
        if (FileFormat.XLSX_TYPE.equals(baseType(contentType))) {
            throw unsupported("The file is declared as .xlsx but is not an Excel workbook");
        }
        if (startsWith(body, 0xFF, 0xFE) || startsWith(body, 0xFE, 0xFF)) {
            throw unsupported("The file is UTF-16 text (Excel's \"Unicode text\"); save it as CSV UTF-8");
        }
        for (int i = 0; i < Math.min(body.length, 8192); i++) {
            if (body[i] == 0) {
                throw unsupported("The file is neither CSV text nor an Excel workbook (.xlsx)");
            }
        }
        String text = decode(body);
        Table.Builder table = new Table.Builder(true, maxRows);
        try {
            Csv.read(text, table::add);
        } catch (Csv.MalformedException e) {
            throw new ProblemException(ProblemType.MALFORMED, "The CSV file is malformed: " + e.getMessage());
        }
        return table.build();
    }

    static String decode(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException notUtf8) {
            try {
                return WINDOWS_31J.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            } catch (CharacterCodingException e) {
                throw new ProblemException(ProblemType.MALFORMED,
                        "The CSV file is neither UTF-8 nor Shift_JIS text; save it as CSV UTF-8");
            }
        }
    }

    private static ProblemException unsupported(String detail) {
        return new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, detail);
    }

    private static String baseType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
