package jp.kyodo.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The tile template's origin is what the Content-Security-Policy admits; a template that is not one stops the start. */
class TileUrlsTest {

    @Test
    void the_origin_is_scheme_host_and_port() {
        assertEquals("https://cyberjapandata.gsi.go.jp",
                TileUrls.origin("https://cyberjapandata.gsi.go.jp/xyz/pale/{z}/{x}/{y}.png"));
        assertEquals("http://tiles.city.example.jp:8080",
                TileUrls.origin(" http://Tiles.City.example.jp:8080/osm/{z}/{x}/{y}.png?key=abc "));
    }

    @Test
    void anything_else_is_refused() {
        for (String bad : new String[] {"", "cyberjapandata.gsi.go.jp/xyz/{z}/{x}/{y}.png",
                "https://tiles.example.jp/{z}/{x}.png", "javascript:alert(1)//{z}/{x}/{y}",
                "https://tiles.example.jp/{z}/{x}/{y}.png; script-src *", "https://a.example.jp 'unsafe-inline'/{z}/{x}/{y}",
                "ftp://tiles.example.jp/{z}/{x}/{y}.png", "https://user:pw@tiles.example.jp/{z}/{x}/{y}.png",
                "data:image/png;base64,{z}{x}{y}"}) {
            assertThrows(IllegalArgumentException.class, () -> TileUrls.origin(bad), bad);
        }
    }
}
