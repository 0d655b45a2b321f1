package jp.kyodo.activity.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;

/**
 * What an uploaded file is, judged by its content (Apache Tika's magic-byte detection), and whether that is a type
 * kept with activity records. The name's extension must agree with the content: a PNG named .pdf is refused. Office
 * files are zip archives; tika-core alone sees only "zip", so the archive's own part names ([Content_Types].xml and
 * word/, xl/ or ppt/) tell a real .docx/.xlsx/.pptx from another zip renamed.
 */
public final class FileTypes {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    /** The accepted types by extension. */
    public static final Map<String, String> BY_EXTENSION = Map.of("pdf", "application/pdf", "png", "image/png",
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif", "webp", "image/webp", "docx", DOCX,
            "xlsx", XLSX, "pptx", PPTX);

    private static final Map<String, String> OOXML_FOLDER = Map.of(DOCX, "word/", XLSX, "xl/", PPTX, "ppt/");

    private static final Tika TIKA = new Tika();

    private FileTypes() {
    }

    /** Why a file is refused. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    public static String extension(String filename) {
        int dot = filename.lastIndexOf('.');
        return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The media type of the file, when its extension is one kept and its content agrees; refused otherwise. */
    public static String check(String filename, byte[] content) throws Refused {
        String claimed = BY_EXTENSION.get(extension(filename));
        if (claimed == null) {
            throw new Refused("only PDF, PNG, JPEG, GIF, WebP, Word (.docx), Excel (.xlsx) and PowerPoint (.pptx) files are kept");
        }
        String detected = TIKA.detect(content); // by content only: no name given
        if (OOXML_FOLDER.containsKey(claimed)) {
            if (!"application/zip".equals(detected) && !detected.startsWith("application/x-tika-ooxml")
                    && !claimed.equals(detected)) {
                throw new Refused("the content is not an Office file (" + detected + ") although the name ends in ." + extension(filename));
            }
            if (!hasOfficeParts(content, OOXML_FOLDER.get(claimed))) {
                throw new Refused("the content is not a ." + extension(filename) + " file (a zip archive without its parts)");
            }
            return claimed;
        }
        if (!claimed.equals(detected)) {
            throw new Refused("the content (" + detected + ") does not match the name's ." + extension(filename));
        }
        return claimed;
    }

    static boolean hasOfficeParts(byte[] content, String folder) {
        boolean types = false;
        boolean part = false;
        try (InputStream in = new ByteArrayInputStream(content); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e;
            int seen = 0;
            while ((e = zip.getNextEntry()) != null && seen++ < 10_000) {
                types |= e.getName().equals("[Content_Types].xml");
                part |= e.getName().startsWith(folder);
                if (types && part) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
    }
}
