package jp.kyodo.common.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks the configured map tile template ({@code kyodo.map.tile-url}) and finds its origin, the one source the
 * Content-Security-Policy then adds to {@code img-src}. A template that is not a plain http(s) URL with {z}, {x} and
 * {y} stops the start: the header must never carry a quote, a space or a semicolon from configuration.
 */
public final class TileUrls {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._~:/?#@!$&'()*+,=%{}\\[\\]-]+");

    private TileUrls() {
    }

    /** The scheme, host and (when given) port of a valid template, e.g. {@code https://cyberjapandata.gsi.go.jp}. */
    public static String origin(String template) {
        String t = template == null ? "" : template.strip();
        if (!SAFE.matcher(t).matches() || t.contains("'") || !t.contains("{z}") || !t.contains("{x}")
                || !t.contains("{y}")) {
            throw invalid(template);
        }
        URI uri;
        try {
            uri = new URI(t.replace("{z}", "0").replace("{x}", "0").replace("{y}", "0"));
        } catch (URISyntaxException e) {
            throw invalid(template);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw invalid(template);
        }
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    private static IllegalArgumentException invalid(String template) {
        return new IllegalArgumentException("kyodo.map.tile-url (KYODO_MAP_TILE_URL) must be an http(s) URL with {z}, {x} "
                + "and {y}, like https://cyberjapandata.gsi.go.jp/xyz/pale/{z}/{x}/{y}.png; got: " + template);
    }
}
