package jp.kyodo.workspace.map;

import java.math.BigDecimal;
import java.util.List;
import jp.kyodo.common.web.Nullable;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The map: district boundaries as GeoJSON, their import, and the figures the map colours districts by. */
public final class MapDtos {

    private MapDtos() {
    }

    /** GeoJSON media type (RFC 7946). */
    public static final String GEO_JSON = "application/geo+json";

    @Schema(name = "BoundaryGeometry", description = "GeoJSON geometry in WGS84: a Polygon or a MultiPolygon, positions [lon, lat]")
    public record Geometry(
            @Schema(enumeration = {"Polygon", "MultiPolygon"}, examples = "Polygon") String type,
            @Schema(type = SchemaType.ARRAY, description = "Polygon: rings of positions; MultiPolygon: polygons of rings of positions",
                    examples = "[[[130.40, 33.60], [130.42, 33.60], [130.42, 33.62], [130.40, 33.60]]]") List<Object> coordinates) {
    }

    @Schema(name = "BoundaryProperties", description = "The district a boundary belongs to")
    public record BoundaryProperties(
            @Schema(examples = "12") long districtId,
            @Schema(examples = "HGS-03") String code,
            @Schema(examples = "香椎") String name,
            @Schema(examples = "1") long wardId,
            @Schema(examples = "東区") String wardName) {
    }

    @Schema(name = "BoundaryFeature", description = "GeoJSON Feature: one district's boundary; its id is the district id")
    public record BoundaryFeature(
            @Schema(enumeration = "Feature", examples = "Feature") String type,
            @Schema(examples = "12") long id,
            Geometry geometry,
            BoundaryProperties properties) {
    }

    @Schema(name = "BoundaryCollection", description = "GeoJSON FeatureCollection (application/geo+json) of district boundaries, with the bbox of them all")
    public record BoundaryCollection(
            @Schema(enumeration = "FeatureCollection", examples = "FeatureCollection") String type,
            @Schema(description = "[west, south, east, north] of every feature; null when there are none",
                    examples = "[130.30, 33.50, 130.50, 33.70]") @Nullable List<BigDecimal> bbox,
            List<BoundaryFeature> features) {
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    @Schema(name = "MapSettings", description = "地図の背景 / the map page's raster tiles, as configured on the server (kyodo.map.tile-url, "
            + "kyodo.map.tile-attribution). Without a tile URL the map draws the district outlines only and loads nothing from elsewhere.")
    public record MapSettings(
            @Schema(description = "XYZ tile template in Web Mercator (EPSG:3857) with {z}, {x} and {y}; absent when none is configured",
                    examples = "https://cyberjapandata.gsi.go.jp/xyz/pale/{z}/{x}/{y}.png") @Nullable String tileUrl,
            @Schema(description = "The credit the tile provider asks for, to show under the map as plain text; absent when none is configured",
                    examples = "地理院タイル") @Nullable String tileAttribution) {
    }

    @Schema(name = "BoundaryMatch", description = "How features are matched to districts: CODE (the property holds the district code) or NAME (the property holds the district's or its school's name; 小学校/校区/校 at the end are ignored)")
    public enum MatchBy {
        CODE, NAME
    }

    @Schema(name = "BoundaryImportFeature", description = "A feature of the file and the district it matched (or why not)")
    public record ImportedFeature(
            @Schema(description = "Position in features, from 0", examples = "3") int index,
            @Schema(description = "The value of the matching property", examples = "香椎小学校") @Nullable String key,
            @Schema(description = "The district it matched", examples = "12") @Nullable Long districtId,
            @Schema(examples = "香椎") @Nullable String districtName,
            @Schema(description = "CREATE (no boundary yet), REPLACE, or SKIP (no district, or several, match: see reason)", examples = "REPLACE") String action,
            @Schema(description = "Why it was skipped", examples = "no district matches") @Nullable String reason) {
    }

    @Schema(name = "BoundaryImportReport", description = "境界の取込結果 / what an import of district boundaries does (dryRun: would do)")
    public record ImportReport(
            @Schema(examples = "true") boolean dryRun,
            @Schema(description = "The boundaries were saved", examples = "false") boolean applied,
            @Schema(description = "Features in the file", examples = "150") int features,
            @Schema(examples = "3") int created,
            @Schema(examples = "141") int replaced,
            @Schema(description = "Features no district matched (e.g. schools of other cities in a prefecture file)", examples = "6") int skipped,
            @Schema(description = "Every feature with its action, in file order (the first 2000)") List<ImportedFeature> items,
            @Schema(description = "Districts (of the ward, when one was chosen) that still have no boundary after the import") List<String> districtsWithoutBoundary) {
    }

    @Schema(name = "DistrictMapMetric", description = "One district's figures on the map")
    public record DistrictMetric(
            @Schema(examples = "12") long districtId,
            @Schema(examples = "HGS-03") String code,
            @Schema(examples = "香椎") String name,
            @Schema(examples = "1") long wardId,
            @Schema(examples = "東区") String wardName,
            @Schema(description = "加入率 of the fiscal year, 0–1 (null: no figures)", examples = "0.7812") @Nullable BigDecimal joinRate,
            @Schema(description = "加入率 of the fiscal year before", examples = "0.7901") @Nullable BigDecimal previousJoinRate,
            @Schema(description = "joinRate − previousJoinRate (null unless both are known)", examples = "-0.0089") @Nullable BigDecimal joinRateChange,
            @Schema(description = "Annual effort hours of the requests of the fiscal year landing on the district's organizations", examples = "412.50") BigDecimal burdenHours,
            @Schema(description = "Days since the last recorded visit (null: no visit recorded, or no activity log)", examples = "23") @Nullable Long daysSinceLastVisit,
            @Schema(description = "The caller is the district's liaison today", examples = "true") boolean mine,
            @Schema(description = "The district has a boundary to draw", examples = "true") boolean hasBoundary) {
    }

    @Schema(name = "MapMetrics", description = "地図の指標 / the figures the map colours districts by, for one fiscal year")
    public record MapMetrics(
            @Schema(examples = "2025") int fiscalYear,
            @Schema(description = "Last visits are known (the activity log is there); otherwise daysSinceLastVisit is always null", examples = "true") boolean visitsRecorded,
            @Schema(description = "The day the days are counted to (Japan)", examples = "2025-12-04") java.time.LocalDate today,
            List<DistrictMetric> districts) {
    }
}
