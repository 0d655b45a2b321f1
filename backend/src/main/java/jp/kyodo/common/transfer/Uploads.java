package jp.kyodo.common.transfer;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.error.ProblemType;

/**
 * Reads an uploaded file into a {@link Table}, streaming it from the {@link Upload}'s temporary file. The content decides the format, not the declared type (browsers
 * on Windows label .csv files application/vnd.ms-excel): a zip signature means .xlsx, anything else must be
 * CSV text. CSV is read as UTF-8 (with or without BOM); a file that is not valid UTF-8 is read as Shift_JIS
 * (Windows-31J), which is what Excel writes for its plain "CSV" format.
 */
public final class Uploads {

    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    private Uploads() {
    }

    public static Table read(byte[] body, String contentType, int maxRows) {
        return read(Upload.of(body), contentType, maxRows);
    }

    /**
     * Reads the file as a stream: its first bytes tell the format, CSV is decoded and parsed record by record from
     * the file, an .xlsx opened as a zip file whose first sheet is streamed ({@link Xlsx}).
     */
    public static Table read(Upload upload, String contentType, int maxRows) {
        if (upload.size() == 0) {
            throw new ProblemException(ProblemType.MALFORMED, "The file is empty");
        }
        byte[] head = head(upload);
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) {
            try {
                return Xlsx.read(upload, maxRows);
            } catch (Xlsx.NotAWorkbookException e) {
                throw unsupported("The file is a zip archive but not an Excel workbook (.xlsx), or the workbook is damaged");
            } catch (Xlsx.UnreadableException e) {
                throw new ProblemException(ProblemType.MALFORMED,
                        "The Excel workbook could not be read; it may be damaged. Open it in Excel and save it again");
            }
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            throw unsupported("This is an old Excel file (.xls) or a password-protected workbook;"
                    + " save it as Excel Workbook (.xlsx) or CSV UTF-8, without a password");
        }
        if (FileFormat.XLSX_TYPE.equals(baseType(contentType))) {
            throw unsupported("The file is declared as .xlsx but is not an Excel workbook");
        }
        if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF)) {
            throw unsupported("The file is UTF-16 text (Excel's \"Unicode text\"); save it as CSV UTF-8");
        }
        for (byte b : head) {
            if (b == 0) {
                throw unsupported("The file is neither CSV text nor an Excel workbook (.xlsx)");
            }
        }
        Charset charset = charset(upload);
        Table.Builder table = new Table.Builder(true, maxRows);
        try (Reader reader = new InputStreamReader(upload.open(), strict(charset))) {
            Csv.read(reader, table::add);
        } catch (Csv.MalformedException e) {
            throw new ProblemException(ProblemType.MALFORMED, "The CSV file is malformed: " + e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException("could not read the uploaded file", e instanceof UncheckedIOException u
                    ? u.getCause() : (IOException) e);
        }
        return table.build();
    }

    private static byte[] head(Upload upload) {
        try {
            return upload.head(8192);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded file", e);
        }
    }

    /**
     * UTF-8 when the whole file decodes as UTF-8, else Shift_JIS (Windows-31J) when it decodes as that; checked by
     * decoding the file as a stream, before any record is read, so a file in neither is refused as a whole.
     */
    static Charset charset(Upload upload) {
        if (decodes(upload, StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        if (decodes(upload, WINDOWS_31J)) {
            return WINDOWS_31J;
        }
        throw new ProblemException(ProblemType.MALFORMED,
                "The CSV file is neither UTF-8 nor Shift_JIS text; save it as CSV UTF-8");
    }

    private static boolean decodes(Upload upload, Charset charset) {
        char[] buffer = new char[8192];
        try (Reader r = new InputStreamReader(upload.open(), strict(charset))) {
            while (r.read(buffer) >= 0) {
                // only whether it decodes
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded file", e);
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
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
