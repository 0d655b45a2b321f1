package jp.kyodo.common.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The Content-Disposition of a kept file sent back as it was uploaded (RFC 6266). */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    /** An ASCII fallback for old clients, the real (UTF-8) name in filename*. */
    public static String attachment(String filename) {
        String ascii = filename.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
