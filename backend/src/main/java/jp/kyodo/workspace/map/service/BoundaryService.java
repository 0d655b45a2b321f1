package jp.kyodo.workspace.map.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodo.common.error.FieldProblem;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.persistence.Rows;
import jp.kyodo.district.DistrictDeleting;
import jp.kyodo.ward.Ward;
import jp.kyodo.workspace.map.DistrictBoundary;
import jp.kyodo.workspace.map.MapDtos.BoundaryCollection;
import jp.kyodo.workspace.map.MapDtos.BoundaryFeature;
import jp.kyodo.workspace.map.MapDtos.BoundaryProperties;
import jp.kyodo.workspace.map.MapDtos.Geometry;
import jp.kyodo.workspace.map.MapDtos.ImportReport;
import jp.kyodo.workspace.map.MapDtos.ImportedFeature;
import jp.kyodo.workspace.map.MapDtos.MatchBy;

/**
 * District boundaries: the import from GeoJSON (matched to districts by a property of the features) and the
 * FeatureCollection the map draws. One query reads every boundary of a ward or of the city.
 */
@ApplicationScoped
public class BoundaryService {

    /** Features listed in an import report at most. */
    static final int MAX_REPORTED = 2000;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    /** The serialized collection and its ETag (a digest of the bytes). */
    public record Served(byte[] body, String etag) {
    }

    private record D(long id, String code, String name, long wardId, String wardName) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Served collection(Long wardId) {
        if (wardId != null && Ward.findById(wardId) == null) {
            throw ProblemException.invalid("wardId", "no such ward", "Exists");
        }
        String sql = "select d.id, d.code, d.name, w.id as wid, w.name as wname, b.geometry, b.min_lon, b.min_lat, b.max_lon, b.max_lat"
                + " from district_boundary b join district d on d.id = b.district_id join ward w on w.id = d.ward_id"
                + (wardId == null ? "" : " where d.ward_id = :ward") + " order by w.code, d.code, d.id";
        var q = em.createNativeQuery(sql);
        if (wardId != null) {
            q.setParameter("ward", wardId);
        }
        List<BoundaryFeature> features = new ArrayList<>();
        double[] bbox = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Object row : q.getResultList()) {
            Object[] a = (Object[]) row;
            Geometry g;
            try {
                g = mapper.readValue(text(a[5]), Geometry.class);
            } catch (IOException e) {
                throw new IllegalStateException("stored boundary of district " + a[0] + " is not GeoJSON", e);
            }
            long id = Rows.num(a[0]).longValue();
            features.add(new BoundaryFeature("Feature", id, g, new BoundaryProperties(id, (String) a[1], (String) a[2],
                    Rows.num(a[3]).longValue(), (String) a[4])));
            for (int k = 0; k < 4; k++) {
                double v = Rows.dec(a[6 + k]).doubleValue();
                bbox[k] = k < 2 ? Math.min(bbox[k], v) : Math.max(bbox[k], v);
            }
        }
        List<BigDecimal> box = features.isEmpty() ? null
                : java.util.Arrays.stream(bbox).mapToObj(v -> BigDecimal.valueOf(v).setScale(GeoJson.SCALE, RoundingMode.HALF_UP)).toList();
        try {
            byte[] body = mapper.writeValueAsBytes(new BoundaryCollection("FeatureCollection", box, features));
            return new Served(body, "\"b" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 12) + "\"");
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Checks the file, matches its features to districts and (unless dry) saves the matched boundaries, replacing
     * what the districts had. All or nothing: a file with an invalid geometry changes nothing (400 naming it).
     */
    @Transactional
    public ImportReport importBoundaries(byte[] body, String property, MatchBy matchBy, Long wardId, boolean dryRun) {
        if (property == null || property.isBlank() || property.length() > 100) {
            throw ProblemException.invalid("property", "name the feature property that holds the district's code or name (e.g. A27_003)", "NotBlank");
        }
        if (wardId != null && Ward.findById(wardId) == null) {
            throw ProblemException.invalid("wardId", "no such ward", "Exists");
        }
        JsonNode root;
        try {
            root = mapper.readTree(body == null ? new byte[0] : body);
        } catch (IOException e) {
            throw ProblemException.invalid("body", "the file is not JSON (GeoJSON, UTF-8)", "GeoJson");
        }
        GeoJson.Result read = GeoJson.read(root);
        if (!read.problems().isEmpty()) {
            throw ProblemException.invalid(read.problems());
        }
        List<D> districts = districts(wardId);
        Map<String, List<D>> byKey = new HashMap<>();
        for (D d : districts) {
            String k = matchBy == MatchBy.CODE ? d.code() : GeoJson.nameKey(d.name());
            byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(d);
        }
        Set<Long> existing = new HashSet<>();
        for (Object id : em.createNativeQuery("select district_id from district_boundary").getResultList()) {
            existing.add(Rows.num(id).longValue());
        }
        Map<Long, Integer> taken = new HashMap<>();
        List<ImportedFeature> items = new ArrayList<>();
        List<DistrictBoundary> toSave = new ArrayList<>();
        int created = 0;
        int replaced = 0;
        int skipped = 0;
        LocalDateTime now = LocalDateTime.now(clock);
        for (GeoJson.Feature f : read.features()) {
            String key = f.property(property);
            List<D> hits = key == null ? List.of()
                    : byKey.getOrDefault(matchBy == MatchBy.CODE ? key : GeoJson.nameKey(key), List.of());
            String reason = key == null ? "the feature has no " + property
                    : hits.isEmpty() ? "no district matches"
                    : hits.size() > 1 ? "several districts match (choose the ward)"
                    : taken.containsKey(hits.get(0).id()) ? "the district matched feature " + taken.get(hits.get(0).id()) + " already"
                    : null;
            if (reason != null) {
                skipped++;
                add(items, new ImportedFeature(f.index(), key, null, null, "SKIP", reason));
                continue;
            }
            D d = hits.get(0);
            taken.put(d.id(), f.index());
            boolean replace = existing.contains(d.id());
            if (replace) {
                replaced++;
            } else {
                created++;
            }
            add(items, new ImportedFeature(f.index(), key, d.id(), d.name(), replace ? "REPLACE" : "CREATE", null));
            DistrictBoundary b = new DistrictBoundary();
            b.districtId = d.id();
            b.geometry = f.geometry();
            b.minLon = coord(f.bbox()[0]);
            b.minLat = coord(f.bbox()[1]);
            b.maxLon = coord(f.bbox()[2]);
            b.maxLat = coord(f.bbox()[3]);
            b.source = "import:" + property;
            b.importedAt = now;
            toSave.add(b);
        }
        if (toSave.isEmpty()) {
            throw ProblemException.invalid(List.of(new FieldProblem("property",
                    "no feature matched a district by " + property + " (" + matchBy + ")", "NoMatch")));
        }
        if (!dryRun) {
            for (DistrictBoundary b : toSave) {
                DistrictBoundary old = DistrictBoundary.findById(b.districtId);
                if (old == null) {
                    b.persist();
                } else {
                    old.geometry = b.geometry;
                    old.minLon = b.minLon;
                    old.minLat = b.minLat;
                    old.maxLon = b.maxLon;
                    old.maxLat = b.maxLat;
                    old.source = b.source;
                    old.importedAt = b.importedAt;
                }
            }
        }
        List<String> without = districts.stream().filter(d -> !existing.contains(d.id()) && !taken.containsKey(d.id()))
                .map(D::name).toList();
        return new ImportReport(dryRun, !dryRun, read.features().size(), created, replaced, skipped, items, without);
    }

    private static void add(List<ImportedFeature> items, ImportedFeature f) {
        if (items.size() < MAX_REPORTED) {
            items.add(f);
        }
    }

    private static BigDecimal coord(double v) {
        return BigDecimal.valueOf(v).setScale(GeoJson.SCALE, RoundingMode.HALF_UP);
    }

    private List<D> districts(Long wardId) {
        var q = em.createNativeQuery("select d.id, d.code, d.name, w.id as wid, w.name as wname from district d"
                + " join ward w on w.id = d.ward_id" + (wardId == null ? "" : " where d.ward_id = :ward") + " order by d.code");
        if (wardId != null) {
            q.setParameter("ward", wardId);
        }
        List<D> out = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] a = (Object[]) row;
            out.add(new D(Rows.num(a[0]).longValue(), (String) a[1], (String) a[2], Rows.num(a[3]).longValue(), (String) a[4]));
        }
        return out;
    }

    /** A district going away takes its boundary with it (the foreign key cascades as well). */
    void onDistrictDeleting(@Observes DistrictDeleting e) {
        em.createNativeQuery("delete from district_boundary where district_id = :id").setParameter("id", e.districtId())
                .executeUpdate();
    }

    /** For the demo and tests: the text written as the geometry of a polygon ring (closed by this method). */
    public static String polygonText(double[][] ring) {
        StringBuilder sb = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
        for (int i = 0; i <= ring.length; i++) {
            double[] p = ring[i % ring.length];
            if (i > 0) {
                sb.append(',');
            }
            sb.append('[').append(GeoJson.round(p[0])).append(',').append(GeoJson.round(p[1])).append(']');
        }
        return sb.append("]]}").toString();
    }

    /** A text column as read: a String, or a Clob (H2 reads text as CLOB). */
    static String text(Object o) {
        if (o instanceof java.sql.Clob c) {
            try {
                return c.getSubString(1, (int) c.length());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return (String) o;
    }
}
