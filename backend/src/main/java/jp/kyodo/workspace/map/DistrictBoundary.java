package jp.kyodo.workspace.map;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * 校区の境界 — a district's outline: a GeoJSON Polygon or MultiPolygon (WGS84, [lon, lat]) kept as text, with its
 * bounding box. One per district, replaced as a whole by an import; not versioned (the import is the only writer).
 */
@Entity
public class DistrictBoundary extends PanacheEntityBase {

    @Id
    public Long districtId;
    /** The geometry as compact GeoJSON text, coordinates rounded to 6 decimals. */
    public String geometry;
    public BigDecimal minLon;
    public BigDecimal minLat;
    public BigDecimal maxLon;
    public BigDecimal maxLat;
    /** Where it came from (the import's file property, or "demo"). */
    public String source;
    public LocalDateTime importedAt;
}
