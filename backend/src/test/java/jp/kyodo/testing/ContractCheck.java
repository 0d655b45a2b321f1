package jp.kyodo.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks a response body against the schema that {@code openapi.yaml} declares for its operation, status and media
 * type. Used by {@link ContractResponseFilter} on every response of every backend test, so the document cannot drift
 * from what the server sends (required properties, nulls, types, enums, formats).
 */
public final class ContractCheck {

    /** The contract at the repository's root (the tests run in backend/). */
    static final Path CONTRACT = Path.of("..", "openapi.yaml").toAbsolutePath().normalize();

    private static final ContractCheck INSTANCE = new ContractCheck();

    private final JsonNode document;
    private final List<Template> templates = new ArrayList<>();
    /** The id under which the document is given to the validator (never fetched). */
    private static final String ID = "https://kyodo.invalid/openapi.json";

    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private record Template(String path, Pattern pattern, int literals) {
    }

    private ContractCheck() {
        try {
            document = new ObjectMapper(new YAMLFactory()).readTree(CONTRACT.toFile());
            String json = new ObjectMapper().writeValueAsString(document);
            registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(), b -> b.schemas(Map.of(ID, json)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Iterator<String> it = document.path("paths").fieldNames(); it.hasNext();) {
            String p = it.next();
            String regex = "^" + p.replaceAll("\\{[^/]+}", "[^/]+") + "$";
            int literals = p.replaceAll("\\{[^/]+}", "").length();
            templates.add(new Template(p, Pattern.compile(regex), literals));
        }
        templates.sort(Comparator.comparingInt(Template::literals).reversed());
    }

    public static ContractCheck get() {
        return INSTANCE;
    }

    /**
     * The problems of one response: an empty list when the body matches. {@code mediaType} is the response's
     * Content-Type without parameters.
     */
    public List<String> check(String method, String path, int status, String mediaType, String body) {
        String template = templates.stream().filter(t -> t.pattern().matcher(path).matches()).map(Template::path)
                .findFirst().orElse(null);
        if (template == null) {
            return List.of();
        }
        JsonNode op = document.path("paths").path(template).path(method.toLowerCase());
        if (op.isMissingNode()) {
            if (status == 405) {
                return List.of();
            }
            return List.of(method + " " + template + ": operation not in the contract");
        }
        String code = Integer.toString(status);
        JsonNode response = op.path("responses").path(code);
        String pointer = "/paths/" + escape(template) + "/" + method.toLowerCase() + "/responses/" + code;
        if (response.isMissingNode()) {
            response = op.path("responses").path("default");
            pointer = "/paths/" + escape(template) + "/" + method.toLowerCase() + "/responses/default";
        }
        if (response.isMissingNode()) {
            return List.of(method + " " + template + " " + status + ": status not documented");
        }
        if (response.has("$ref")) {
            pointer = response.get("$ref").asText().substring(1);
            response = document.at(pointer);
        }
        if (body == null || body.isEmpty() || mediaType == null) {
            return List.of();
        }
        JsonNode content = response.path("content");
        if (!content.has(mediaType)) {
            if (mediaType.endsWith("json")) {
                return List.of(method + " " + template + " " + status + ": media type " + mediaType
                        + " not documented (documented: " + names(content) + ")");
            }
            return List.of();
        }
        if (!mediaType.endsWith("json") || !content.path(mediaType).has("schema")) {
            return List.of();
        }
        String location = ID + "#" + pointer + "/content/" + escape(mediaType) + "/schema";
        Schema schema = schemas.computeIfAbsent(location, l -> registry.getSchema(SchemaLocation.of(l)));
        List<Error> errors = schema.validate(body, InputFormat.JSON);
        List<String> out = new ArrayList<>();
        for (Error e : errors) {
            out.add(method + " " + template + " " + status + ": " + e.getInstanceLocation() + " " + e.getMessage());
        }
        return out;
    }

    /** The problem of a Location header (a 201's): it must name a path of the contract that answers GET. */
    public List<String> checkLocation(String method, String path, String location) {
        String target = java.net.URI.create(location).getPath();
        String template = templates.stream().filter(t -> t.pattern().matcher(target).matches()).map(Template::path)
                .findFirst().orElse(null);
        if (template == null || document.path("paths").path(template).path("get").isMissingNode()) {
            return List.of(method + " " + path + ": Location " + location + " names no path that answers GET");
        }
        return List.of();
    }

    private static String names(JsonNode node) {
        List<String> n = new ArrayList<>();
        node.fieldNames().forEachRemaining(n::add);
        return String.join(", ", n);
    }

    private static String escape(String s) {
        return s.replace("~", "~0").replace("/", "~1");
    }

    /** Appends the problems to target/contract-violations.txt (one line each). */
    static synchronized void report(List<String> problems) {
        try {
            Files.writeString(Path.of("target", "contract-violations.txt"), String.join("\n", problems) + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
