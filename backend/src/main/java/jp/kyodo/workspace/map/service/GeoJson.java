package jp.kyodo.workspace.map.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.common.error.FieldProblem;

/**
 * Reads and checks a GeoJSON FeatureCollection of district boundaries (WGS84, as the national land-numerical-information
 * school-district files come): Polygon and MultiPolygon geometries only, every ring closed with at least four
 * positions, longitudes within ±180 and latitudes within ±90, at most {@link #MAX_FEATURES} features and
 * {@link #MAX_POSITIONS_PER_FEATURE} positions per feature. Pure: no database. Problems are collected (the first
 * {@link #MAX_PROBLEMS}) with the JSON path of the value, e.g. {@code features[3].geometry.coordinates[0]}.
 */
public final class GeoJson {

    public static final int MAX_FEATURES = 5000;
    public static final int MAX_POSITIONS_PER_FEATURE = 100_000;
    public static final int MAX_PROBLEMS = 50;
    /** Decimals kept of a coordinate: 6 is about 0.1 m. */
    public static final int SCALE = 6;

    private GeoJson() {
    }

    /** One feature as read: its position, its properties (maybe empty), the geometry written back compactly, its bbox. */
    public record Feature(int index, JsonNode properties, String type, String geometry, double[] bbox) {

        /** The text of a property (numbers as written), or null. */
        public String property(String name) {
            JsonNode v = properties.get(name);
            if (v == null || v.isNull() || v.isContainerNode()) {
                return null;
            }
            String s = v.asText().strip();
            return s.isEmpty() ? null : s;
        }
    }

    /** The features, or the problems (then features is empty). */
    public record Result(List<Feature> features, List<FieldProblem> problems) {
    }

    public static Result read(JsonNode root) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Feature> features = new ArrayList<>();
        if (root == null || !root.isObject() || !"FeatureCollection".equals(text(root.get("type")))) {
            problems.add(new FieldProblem("type", "must be a GeoJSON FeatureCollection", "FeatureCollection"));
            return new Result(List.of(), problems);
        }
        JsonNode list = root.get("features");
        if (list == null || !list.isArray()) {
            problems.add(new FieldProblem("features", "must be an array of features", "Features"));
            return new Result(List.of(), problems);
        }
        if (list.isEmpty()) {
            problems.add(new FieldProblem("features", "the file has no features", "NotEmpty"));
        }
        if (list.size() > MAX_FEATURES) {
            problems.add(new FieldProblem("features", "at most " + MAX_FEATURES + " features per file", "Size"));
            return new Result(List.of(), problems);
        }
        for (int i = 0; i < list.size() && problems.size() < MAX_PROBLEMS; i++) {
            Feature f = feature(i, list.get(i), problems);
            if (f != null) {
                features.add(f);
            }
        }
        return problems.isEmpty() ? new Result(features, List.of()) : new Result(List.of(), problems);
    }

    private static Feature feature(int i, JsonNode f, List<FieldProblem> problems) {
        String at = "features[" + i + "]";
        if (f == null || !f.isObject() || !"Feature".equals(text(f.get("type")))) {
            problems.add(new FieldProblem(at + ".type", "must be a GeoJSON Feature", "Feature"));
            return null;
        }
        JsonNode props = f.get("properties");
        if (props != null && !props.isNull() && !props.isObject()) {
            problems.add(new FieldProblem(at + ".properties", "must be an object", "Object"));
            return null;
        }
        JsonNode g = f.get("geometry");
        if (g == null || !g.isObject()) {
            problems.add(new FieldProblem(at + ".geometry", "a feature needs a Polygon or MultiPolygon geometry", "Geometry"));
            return null;
        }
        String type = text(g.get("type"));
        JsonNode coords = g.get("coordinates");
        if (!"Polygon".equals(type) && !"MultiPolygon".equals(type)) {
            problems.add(new FieldProblem(at + ".geometry.type", "must be Polygon or MultiPolygon", "PolygonType"));
            return null;
        }
        if (coords == null || !coords.isArray() || coords.isEmpty()) {
            problems.add(new FieldProblem(at + ".geometry.coordinates", "must be a non-empty array", "Coordinates"));
            return null;
        }
        double[] bbox = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        int[] count = {0};
        StringBuilder out = new StringBuilder("{\"type\":\"").append(type).append("\",\"coordinates\":");
        int before = problems.size();
        if ("Polygon".equals(type)) {
            polygon(at + ".geometry.coordinates", coords, bbox, count, out, problems);
        } else {
            out.append('[');
            for (int p = 0; p < coords.size() && problems.size() == before; p++) {
                JsonNode poly = coords.get(p);
                String pat = at + ".geometry.coordinates[" + p + "]";
                if (!poly.isArray() || poly.isEmpty()) {
                    problems.add(new FieldProblem(pat, "a polygon must be a non-empty array of rings", "Polygon"));
                    break;
                }
                if (p > 0) {
                    out.append(',');
                }
                polygon(pat, poly, bbox, count, out, problems);
            }
            out.append(']');
        }
        out.append('}');
        if (problems.size() > before) {
            return null;
        }
        if (count[0] > MAX_POSITIONS_PER_FEATURE) {
            problems.add(new FieldProblem(at + ".geometry", "at most " + MAX_POSITIONS_PER_FEATURE + " positions per feature (simplify the file)", "Size"));
            return null;
        }
        return new Feature(i, props == null || props.isNull() ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode() : props,
                type, out.toString(), bbox);
    }

    private static void polygon(String at, JsonNode rings, double[] bbox, int[] count, StringBuilder out, List<FieldProblem> problems) {
        out.append('[');
        for (int r = 0; r < rings.size(); r++) {
            JsonNode ring = rings.get(r);
            String rat = at + "[" + r + "]";
            if (!ring.isArray() || ring.size() < 4) {
                problems.add(new FieldProblem(rat, "a ring needs at least four positions", "Ring"));
                return;
            }
            if (r > 0) {
                out.append(',');
            }
            out.append('[');
            for (int k = 0; k < ring.size(); k++) {
                JsonNode pos = ring.get(k);
                String pat = rat + "[" + k + "]";
                if (!pos.isArray() || pos.size() < 2 || pos.size() > 3 || !pos.get(0).isNumber() || !pos.get(1).isNumber()) {
                    problems.add(new FieldProblem(pat, "a position is [longitude, latitude]", "Position"));
                    return;
                }
                double lon = pos.get(0).asDouble();
                double lat = pos.get(1).asDouble();
                if (!(lon >= -180 && lon <= 180) || !(lat >= -90 && lat <= 90)) {
                    problems.add(new FieldProblem(pat, "longitude must be within ±180 and latitude within ±90 (WGS84, [lon, lat])", "LonLatRange"));
                    return;
                }
                if (++count[0] > MAX_POSITIONS_PER_FEATURE) {
                    continue;
                }
                bbox[0] = Math.min(bbox[0], lon);
                bbox[1] = Math.min(bbox[1], lat);
                bbox[2] = Math.max(bbox[2], lon);
                bbox[3] = Math.max(bbox[3], lat);
                if (k > 0) {
                    out.append(',');
                }
                out.append('[').append(round(lon)).append(',').append(round(lat)).append(']');
            }
            JsonNode first = ring.get(0);
            JsonNode last = ring.get(ring.size() - 1);
            if (first.get(0).asDouble() != last.get(0).asDouble() || first.get(1).asDouble() != last.get(1).asDouble()) {
                problems.add(new FieldProblem(rat, "a ring must be closed: its last position equals its first", "ClosedRing"));
                return;
            }
            out.append(']');
        }
        out.append(']');
    }

    static String round(double v) {
        return BigDecimal.valueOf(v).setScale(SCALE, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String text(JsonNode n) {
        return n != null && n.isTextual() ? n.asText() : null;
    }

    /** A name as features and districts are compared: no spaces, and no 小学校 / 校区 / 校 at the end. */
    public static String nameKey(String s) {
        if (s == null) {
            return null;
        }
        String k = jp.kyodo.common.text.TextNormalizer.fold(s).replaceAll("\\s+", "");
        for (String suffix : new String[] {"小学校", "校区", "校"}) {
            if (k.endsWith(suffix) && k.length() > suffix.length()) {
                k = k.substring(0, k.length() - suffix.length());
                break;
            }
        }
        return k;
    }
}
