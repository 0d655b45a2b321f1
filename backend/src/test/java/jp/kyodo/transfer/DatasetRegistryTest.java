package jp.kyodo.transfer;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kyodo.transfer.service.ExportService;
import jp.kyodo.transfer.service.ImportService;
import org.junit.jupiter.api.Test;

/**
 * The data sets are plugged in by the features (importer and exporter beans found by slug): the documented
 * import and export paths must name exactly the registered data sets, so that a data set never lacks its
 * operation and no operation names a data set nobody imports.
 */
@QuarkusTest
class DatasetRegistryTest {

    static final Pattern IMPORT = Pattern.compile("/api/v1/imports/([a-z-]+)");
    static final Pattern TEMPLATE = Pattern.compile("/api/v1/imports/([a-z-]+)/template");
    static final Pattern EXPORT = Pattern.compile("/api/v1/exports/([a-z-]+)");

    @Inject
    ImportService imports;

    @Inject
    ExportService exports;

    @Test
    void every_documented_import_and_template_is_a_registered_importer_and_back() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString()).get("paths");
        Set<String> imported = new TreeSet<>();
        Set<String> templates = new TreeSet<>();
        Set<String> exported = new TreeSet<>();
        for (Iterator<String> it = paths.fieldNames(); it.hasNext();) {
            String path = it.next();
            collect(IMPORT, path, paths.get(path).has("post"), imported);
            collect(TEMPLATE, path, paths.get(path).has("get"), templates);
            collect(EXPORT, path, paths.get(path).has("get"), exported);
        }
        Set<String> importers = imports.datasets().keySet();
        assertEquals(importers, imported, "POST /api/v1/imports/{slug}");
        assertEquals(importers, templates, "GET /api/v1/imports/{slug}/template");
        assertTrue(exported.containsAll(exports.datasets().keySet()),
                "every exporter has GET /api/v1/exports/{slug}: " + exports.datasets().keySet() + " in " + exported);
        assertTrue(importers.containsAll(Set.of("districts", "organizations", "membership-figures", "meeting-log",
                "city-requests")), "the five data sets of today are registered: " + importers);
        assertTrue(exports.datasets().keySet().containsAll(Set.of("districts", "organizations",
                "membership-figures")), "the registry exports: " + exports.datasets().keySet());
    }

    @Test
    void an_exporter_and_the_importer_of_one_data_set_share_its_columns() {
        exports.datasets().forEach((slug, spec) -> assertEquals(imports.datasets().get(slug), spec, slug));
    }

    private static void collect(Pattern p, String path, boolean has, Set<String> into) {
        Matcher m = p.matcher(path);
        if (has && m.matches()) {
            into.add(m.group(1));
        }
    }
}
