package jp.kyodo.activity.service;

import java.util.List;
import java.util.Map;
import jp.kyodo.common.error.FieldProblem;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.error.ProblemType;

/**
 * The checks of an uploaded file kept in the database (an activity record's attachment, a grant case's document, an
 * event's materials): a plain file name, not empty, within the size limit (413), and a kept type judged by content
 * that agrees with the name (415, {@link FileTypes}).
 */
public final class UploadCheck {

    private UploadCheck() {
    }

    /** The file's name stripped and its detected media type, or a problem naming {@code filename} or {@code file}. */
    public record Checked(String filename, String mediaType) {
    }

    public static Checked check(String filename, byte[] content, long limit) {
        String name = filename == null ? "" : filename.strip();
        if (name.isEmpty() || name.length() > 255 || name.contains("/") || name.contains("\\")
                || name.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.invalid("filename", "a file name (at most 255 characters, without / or \\) is needed", "FileName");
        }
        if (content == null || content.length == 0) {
            throw ProblemException.invalid("file", "the file is empty", "NotEmpty");
        }
        if (content.length > limit) {
            throw new ProblemException(ProblemType.CONTENT_TOO_LARGE, "The file is larger than " + limit + " bytes",
                    null, List.of(new FieldProblem("file", "at most " + limit + " bytes", "MaxSize")), null, Map.of());
        }
        try {
            return new Checked(name, FileTypes.check(name, content));
        } catch (FileTypes.Refused e) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The file is refused: " + e.getMessage(),
                    null, List.of(new FieldProblem("file", e.getMessage(), "FileType")), null, Map.of());
        }
    }
}
