package jp.kyodo.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/** Generates the bad requests of one operation and checks each answer. */
final class Fuzzer {

    record Operation(String method, String path, JsonNode op, JsonNode bodySchema, boolean jsonBody,
            boolean fileBody) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper M = new ObjectMapper();
    private final Random random;
    private final JsonNode contract;
    private final String token;
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    int sent;
    final Map<String, Integer> byClass = new TreeMap<>();
    final List<String> failures = new ArrayList<>();

    Fuzzer(long seed, JsonNode contract, String token, String base) {
        this.random = new Random(seed);
        this.contract = contract;
        this.token = token;
        this.base = base;
    }

    List<Operation> operations() {
        List<Operation> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = contract.path("paths").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            for (String m : List.of("get", "post", "put", "patch", "delete")) {
                JsonNode op = e.getValue().path(m);
                if (op.isMissingNode() || e.getKey().startsWith("/api/v1/sessions")) {
                    continue; // signing in and out would end the fuzzer's own session or count as failures
                }
                JsonNode content = op.path("requestBody").path("content");
                JsonNode json = content.path("application/json").path("schema");
                out.add(new Operation(m, e.getKey(), op, json.isMissingNode() ? null : resolve(json),
                        !json.isMissingNode(), !content.isMissingNode() && json.isMissingNode()));
            }
        }
        return out;
    }

    JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            String ref = schema.get("$ref").asText().replace("#/components/schemas/", "");
            schema = contract.path("components").path("schemas").path(ref);
        }
        return schema;
    }

    private String type(JsonNode schema) {
        JsonNode t = resolve(schema).path("type");
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (!x.asText().equals("null")) {
                    return x.asText();
                }
            }
        }
        return t.asText("object");
    }

    /** A plausible value from the schema's examples (the base every mutation starts from). */
    JsonNode example(JsonNode schema, int depth) {
        JsonNode s = resolve(schema);
        if (s.has("examples") && s.get("examples").isArray() && !s.get("examples").isEmpty()) {
            return s.get("examples").get(0);
        }
        if (s.has("example")) {
            return s.get("example");
        }
        if (s.has("enum")) {
            return s.get("enum").get(0);
        }
        switch (type(s)) {
            case "object" -> {
                ObjectNode o = F.objectNode();
                if (depth < 4) {
                    for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields(); it.hasNext();) {
                        Map.Entry<String, JsonNode> p = it.next();
                        o.set(p.getKey(), example(p.getValue(), depth + 1));
                    }
                }
                return o;
            }
            case "array" -> {
                ArrayNode a = F.arrayNode();
                if (depth < 4) {
                    a.add(example(s.path("items"), depth + 1));
                }
                return a;
            }
            case "integer" -> {
                return F.numberNode(s.path("minimum").asLong(1));
            }
            case "number" -> {
                return F.numberNode(1);
            }
            case "boolean" -> {
                return F.booleanNode(false);
            }
            default -> {
                return F.textNode("date".equals(s.path("format").asText()) ? "2025-04-01" : "x");
            }
        }
    }

    /** Values that break a property of this schema. */
    List<JsonNode> badValues(JsonNode schema) {
        JsonNode s = resolve(schema);
        List<JsonNode> v = new ArrayList<>();
        String type = type(s);
        switch (type) {
            case "string" -> {
                v.add(F.numberNode(12345));
                v.add(F.booleanNode(true));
                v.add(F.objectNode());
                v.add(F.arrayNode());
                if (s.has("maxLength")) {
                    v.add(F.textNode("あ".repeat(s.get("maxLength").asInt() + 1 + random.nextInt(64))));
                }
                if (s.has("enum")) {
                    v.add(F.textNode("NOT_A_VALUE"));
                    v.add(F.numberNode(0));
                }
                if ("date".equals(s.path("format").asText())) {
                    v.add(F.textNode("2025-13-45"));
                    v.add(F.numberNode(2147483648L));
                    v.add(F.textNode("1899-12-31"));
                    v.add(F.textNode("2201-01-01"));
                } else if (!s.has("enum")) {
                    v.add(F.textNode("a\u0000b"));
                    v.add(F.textNode("a\u001b[31mb"));
                    v.add(F.textNode("名前" + randomControl() + "x".repeat(random.nextInt(20))));
                }
            }
            case "integer", "number" -> {
                v.add(F.textNode("12"));
                v.add(F.booleanNode(true));
                v.add(F.arrayNode().add(1));
                if (type.equals("integer")) {
                    v.add(F.numberNode(1.9));
                    v.add(F.numberNode(new java.math.BigInteger("99999999999999999999999")));
                }
                if (s.has("minimum")) {
                    v.add(F.numberNode(s.get("minimum").decimalValue().subtract(java.math.BigDecimal.ONE)));
                    v.add(F.numberNode(s.get("minimum").decimalValue()
                            .subtract(java.math.BigDecimal.valueOf(2 + random.nextInt(1_000_000)))));
                }
                if (s.has("maximum")) {
                    v.add(F.numberNode(s.get("maximum").decimalValue().add(java.math.BigDecimal.ONE)));
                    v.add(F.numberNode(s.get("maximum").decimalValue()
                            .add(java.math.BigDecimal.valueOf(2 + random.nextInt(1_000_000)))));
                }
            }
            case "boolean" -> {
                v.add(F.textNode("true"));
                v.add(F.numberNode(1));
            }
            case "array" -> {
                v.add(F.textNode("x"));
                v.add(F.objectNode());
                if (s.has("maxItems")) {
                    ArrayNode a = F.arrayNode();
                    for (int i = 0; i <= s.get("maxItems").asInt(); i++) {
                        a.add(example(s.path("items"), 3));
                    }
                    v.add(a);
                }
                for (JsonNode bad : badValues(s.path("items"))) {
                    v.add(F.arrayNode().add(bad));
                }
            }
            default -> {
                v.add(F.textNode("x"));
                v.add(F.numberNode(5));
                v.add(F.arrayNode());
            }
        }
        return v;
    }

    /** A C0 (not tab or a line break), DEL or C1 character, chosen by the seed. */
    private char randomControl() {
        String controls = "\u0001\u0002\u0007\u0008\u000b\u000c\u000e\u001b\u001f\u007f\u0085\u009f";
        return controls.charAt(random.nextInt(controls.length()));
    }

    /** Every bad request of the operation, then checks each answer. */
    void fuzz(Operation op) throws Exception {
        List<Req> reqs = new ArrayList<>();
        String path = fillPath(op.path(), "1");
        for (String bad : List.of("abc", "-1", "0", "1.5", "99999999999999999999", "%00", "%E3%81%82")) {
            if (op.path().contains("{")) {
                reqs.add(new Req(op, fillPath(op.path(), bad), "application/json", op.jsonBody() ? "{}" : null, null,
                        "path " + bad));
            }
        }
        if (op.op().has("parameters") || op.jsonBody() || op.fileBody()) {
            // an operation that takes no input at all (mark all read) has nothing to get wrong but unknown query
            // parameters, which the API ignores today
            reqs.add(new Req(op, path + "?zzUnknown=1&page=-1&size=100000&sort=zz", null, null, null, "query"));
        }
        for (JsonNode p : op.op().path("parameters")) {
            if (!"query".equals(p.path("in").asText())) {
                continue;
            }
            for (JsonNode bad : badValues(p.path("schema"))) {
                if (bad.isValueNode()) {
                    reqs.add(new Req(op, path + "?" + p.path("name").asText() + "="
                            + java.net.URLEncoder.encode(bad.asText(), java.nio.charset.StandardCharsets.UTF_8),
                            null, null, null, "query " + p.path("name").asText() + "=" + bad));
                }
            }
        }
        if (op.method().equals("put") || op.method().equals("delete")) {
            for (String tag : List.of("*", "W/\"0\"", "\"999999\"", "0", "\"0\", *")) {
                reqs.add(new Req(op, path, "application/json", op.jsonBody() ? M.writeValueAsString(example(op.bodySchema(), 0))
                        : null, tag, "If-Match " + tag));
            }
        }
        if (op.fileBody()) {
            reqs.add(new Req(op, path, "application/json", "{}", null, "json to a file operation"));
            reqs.add(new Req(op, path, "text/csv", "", null, "empty file"));
        }
        if (op.jsonBody()) {
            bodyMutations(op, path, reqs);
        }
        java.util.Collections.shuffle(reqs, random);
        for (Req r : reqs) {
            send(r);
        }
    }

    private void bodyMutations(Operation op, String path, List<Req> reqs) throws IOException {
        JsonNode base = example(op.bodySchema(), 0);
        String text = M.writeValueAsString(base);
        reqs.add(new Req(op, path, "text/plain", text, "\"0\"", "text/plain"));
        reqs.add(new Req(op, path, null, text, "\"0\"", "no content type"));
        reqs.add(new Req(op, path, "application/json", text + " {}", "\"0\"", "trailing text"));
        reqs.add(new Req(op, path, "application/json", text.substring(0, text.length() / 2), "\"0\"", "truncated"));
        reqs.add(new Req(op, path, "application/json", "", "\"0\"", "empty"));
        reqs.add(new Req(op, path, "application/json", "[" + text + "]", "\"0\"", "array"));
        reqs.add(new Req(op, path, "application/json", "[".repeat(5000) + "]".repeat(5000), "\"0\"", "deep"));
        reqs.add(new Req(op, path, "application/json", "{\"a\":\"" + "x".repeat(1_000_000) + "\"}", "\"0\"", "huge"));
        if (!(base instanceof ObjectNode obj)) {
            return;
        }
        ObjectNode unknown = obj.deepCopy();
        unknown.put("zzUnknown", 1);
        reqs.add(new Req(op, path, "application/json", M.writeValueAsString(unknown), "\"0\"", "unknown property"));
        Iterator<String> names = obj.fieldNames();
        if (names.hasNext()) {
            String first = names.next();
            reqs.add(new Req(op, path, "application/json", "{\"" + first + "\":" + M.writeValueAsString(obj.get(first))
                    + "," + text.substring(1), "\"0\"", "repeated " + first));
        }
        Set<String> required = new java.util.HashSet<>();
        op.bodySchema().path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = op.bodySchema().path("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> p = it.next();
            for (JsonNode bad : badValues(p.getValue())) {
                ObjectNode b = obj.deepCopy();
                b.set(p.getKey(), bad);
                String shown = bad.toString();
                reqs.add(new Req(op, path, "application/json", M.writeValueAsString(b), "\"0\"", p.getKey() + "="
                        + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown)));
            }
            if (required.contains(p.getKey())) {
                ObjectNode b = obj.deepCopy();
                b.remove(p.getKey());
                reqs.add(new Req(op, path, "application/json", M.writeValueAsString(b), "\"0\"", "without " + p.getKey()));
                b.putNull(p.getKey());
                reqs.add(new Req(op, path, "application/json", M.writeValueAsString(b), "\"0\"", p.getKey() + "=null"));
            }
        }
    }

    private static String fillPath(String template, String value) {
        return template.replaceAll("\\{[^/]+}", value);
    }

    record Req(Operation op, String path, String contentType, String body, String ifMatch, String what) {
    }

    private void send(Req r) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + r.path())).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (r.contentType() != null) {
            b.header("Content-Type", r.contentType());
        }
        if (r.ifMatch() != null) {
            b.header("If-Match", r.ifMatch());
        }
        HttpRequest.BodyPublisher body = r.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(r.body());
        b.method(r.op().method().toUpperCase(), r.op().method().equals("get") ? HttpRequest.BodyPublishers.noBody() : body);
        HttpResponse<String> res = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        sent++;
        int status = res.statusCode();
        byClass.merge(status / 100 + "xx", 1, Integer::sum);
        String where = r.op() + " [" + r.what() + "] → " + status;
        if (status >= 500) {
            failures.add(where + " " + abbreviate(res.body()));
        } else if (status >= 400) {
            String type = res.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                failures.add(where + ": not problem+json (" + type + ")");
            } else {
                JsonNode p = M.readTree(res.body());
                if (!p.path("type").isTextual() || !p.path("title").isTextual() || p.path("status").asInt() != status) {
                    failures.add(where + ": problem without type/title/status " + abbreviate(res.body()));
                }
            }
        } else if (!r.op().method().equals("get")) {
            failures.add(where + ": a bad request was accepted");
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
