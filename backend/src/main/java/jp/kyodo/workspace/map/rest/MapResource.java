package jp.kyodo.workspace.map.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jp.kyodo.common.error.ProblemMappers;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.transfer.TransferResponses;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.workspace.map.MapDtos;
import jp.kyodo.workspace.map.MapDtos.BoundaryCollection;
import jp.kyodo.workspace.map.MapDtos.ImportReport;
import jp.kyodo.workspace.map.MapDtos.MapMetrics;
import jp.kyodo.workspace.map.MapDtos.MatchBy;
import jp.kyodo.workspace.map.service.BoundaryService;
import jp.kyodo.workspace.map.service.MapMetricsService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** 地図: district boundaries (GeoJSON) and the figures the map colours them by. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "map")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT, Roles.LIAISON, Roles.COMMITTEE})
public class MapResource {

    static final String EXAMPLE = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
            + "\"properties\":{\"A27_003\":\"架空小学校\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
            + "[[[130.40,33.60],[130.42,33.60],[130.42,33.62],[130.40,33.62],[130.40,33.60]]]}}]}";

    @Inject
    BoundaryService boundaries;

    @Inject
    MapMetricsService metrics;

    @Inject
    jp.kyodo.common.config.KyodoConfig config;

    @GET
    @Path("/map/settings")
    @Operation(operationId = "getMapSettings", summary = "The map's background tiles (地図の背景)",
            description = "The raster tile template and its attribution when the server is configured with them (kyodo.map.tile-url, "
                    + "kyodo.map.tile-attribution); the map draws the tiles under the district outlines in Web Mercator. "
                    + "Without them both are absent and the map shows the outlines only. " + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The map's settings")
    public RestResponse<MapDtos.MapSettings> getMapSettings() {
        var map = config.map();
        String url = map.tileUrl().map(String::strip).orElse(null);
        return RestResponse.ok(new MapDtos.MapSettings(url,
                url == null ? null : map.tileAttribution().map(String::strip).filter(a -> !a.isEmpty()).orElse(null)));
    }

    @GET
    @Path("/districts/boundaries")
    @Produces({MapDtos.GEO_JSON, ProblemMappers.PROBLEM_JSON})
    @Operation(operationId = "getDistrictBoundaries", summary = "District boundaries (校区の境界) as GeoJSON",
            description = "A FeatureCollection (application/geo+json, WGS84) of every district that has a boundary, or of one ward's; "
                    + "each feature's id is the district id, its properties name the district and ward. The ETag is a digest of "
                    + "the body: send it as If-None-Match to get 304 while nothing changed. " + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The boundaries",
            content = @Content(mediaType = MapDtos.GEO_JSON, schema = @Schema(implementation = BoundaryCollection.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent as If-None-Match")
    public Response getDistrictBoundaries(
            @QueryParam("wardId") @Parameter(description = "Only districts of this ward", example = "1") Long wardId,
            @HeaderParam("If-None-Match") @Parameter(description = "The ETag of the collection the client has", example = "\"b0123456789abcdef01234567\"") String ifNoneMatch) {
        BoundaryService.Served s = boundaries.collection(wardId);
        if (s.etag().equals(ifNoneMatch)) {
            return Response.notModified().header("ETag", s.etag()).build();
        }
        return Response.ok(s.body(), MapDtos.GEO_JSON).header("ETag", s.etag()).header("Cache-Control", "no-cache").build();
    }

    @POST
    @Path("/districts/boundaries/import")
    @Consumes({MapDtos.GEO_JSON, MediaType.APPLICATION_JSON})
    @Produces({MediaType.APPLICATION_JSON, ProblemMappers.PROBLEM_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE})
    @Operation(operationId = "importDistrictBoundaries", summary = "Import district boundaries (校区の境界の取込) from GeoJSON",
            description = "Send a GeoJSON FeatureCollection (WGS84) of Polygon / MultiPolygon features as the body — e.g. the national "
                    + "land-numerical-information school-district file (国土数値情報 小学校区データ A27). Each feature is matched to a district "
                    + "by the property named in `property`: its code (matchBy=CODE) or its name (matchBy=NAME; 小学校, 校区 or 校 at the "
                    + "end are ignored; with wardId only that ward's districts are matched). Features no district matches are "
                    + "skipped and listed (a prefecture file holds other cities' schools). Every geometry is checked first — rings "
                    + "closed with at least four positions, longitude within ±180 and latitude within ±90, at most "
                    + jp.kyodo.workspace.map.service.GeoJson.MAX_FEATURES + " features and "
                    + jp.kyodo.workspace.map.service.GeoJson.MAX_POSITIONS_PER_FEATURE + " positions per feature — and a "
                    + "problem is a 400 naming the JSON path (features[3].geometry.coordinates[0]); nothing is changed then, "
                    + "nor when no feature matches. With dryRun=true the report says what would change; otherwise the matched "
                    + "boundaries replace the districts' old ones in one transaction. " + ApiDoc.OFFICE)
    @APIResponse(responseCode = "200", description = "The report (with dryRun=true nothing was changed)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    public ImportReport importDistrictBoundaries(
            @QueryParam("dryRun") @Parameter(description = "true: only check the file and report what would change", example = "true",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String dryRun,
            @QueryParam("property") @Parameter(required = true, description = "The feature property that holds the district's code or name", example = "A27_003") String property,
            @QueryParam("matchBy") @Parameter(description = "CODE (default) or NAME", example = "NAME") MatchBy matchBy,
            @QueryParam("wardId") @Parameter(description = "Match only this ward's districts", example = "1") Long wardId,
            @Context UriInfo uri,
            @RequestBody(content = @Content(mediaType = MapDtos.GEO_JSON, schema = @Schema(type = SchemaType.OBJECT), example = EXAMPLE))
            byte[] body) {
        boolean dry = TransferResponses.dryRun(dryRun, uri);
        return boundaries.importBoundaries(body, property, matchBy == null ? MatchBy.CODE : matchBy, wardId, dry);
    }

    @GET
    @Path("/map/metrics")
    @Operation(operationId = "getMapMetrics", summary = "Figures of every district for the map (地図の指標)",
            description = "Per district: 加入率 of the fiscal year and of the year before and the change, the annual hours of the "
                    + "year's requests landing on its organizations, days since the last recorded visit (null when none is "
                    + "recorded or there is no activity log), and whether the caller is its liaison. Default fiscal year: the latest "
                    + "with membership figures, not after the current one. " + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The figures, districts in ward and code order")
    public RestResponse<MapMetrics> getMapMetrics(
            @QueryParam("fiscalYear") @Min(1950) @Max(2100) @Parameter(description = "年度", example = "2025") Integer fiscalYear,
            @QueryParam("wardId") @Parameter(description = "Only districts of this ward", example = "1") Long wardId) {
        return RestResponse.ok(metrics.metrics(fiscalYear, wardId));
    }
}
