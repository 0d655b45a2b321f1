package jp.kyodo.common.kept;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.web.ApiDoc;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 保持している集計 — rebuild or check the summary tables (join-rate sums, receiving-organization counts, burden and
 * dashboard figures) that every change keeps up to date. Needed only after writing to the database behind kyodo's back.
 */
@Path("/api/v1/kept-figures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "operations")
@RolesAllowed(Roles.ADMIN)
public class KeptFiguresResource {

    @Inject
    KeptFiguresService service;

    @Schema(name = "KeptFiguresRebuilt", description = "集計の再計算 / what a rebuild recomputed")
    public record RebuiltResponse(@Schema(description = "Each set of kept figures, by name") List<RebuiltSet> figures) {
    }

    @Schema(name = "KeptFiguresRebuiltSet", description = "One set of kept figures after its rebuild")
    public record RebuiltSet(
            @Schema(description = "Which figures", examples = "membership totals") String name,
            @Schema(description = "Rows the tables hold after the rebuild", examples = "3500") long rows,
            @Schema(description = "Milliseconds the rebuild took", examples = "420") long millis) {
    }

    @Schema(name = "KeptFiguresCheck", description = "集計の点検 / kept figures compared with the raw rows")
    public record CheckResponse(
            @Schema(description = "True when every kept figure equals the one recomputed from the raw rows") boolean exact,
            @Schema(description = "Each set of kept figures, by name") List<CheckedSet> figures) {
    }

    @Schema(name = "KeptFiguresCheckedSet", description = "One set of kept figures, checked")
    public record CheckedSet(
            @Schema(description = "Which figures", examples = "membership totals") String name,
            @Schema(description = "Each kept row that differs from the raw rows (empty when exact); at most 100",
                    examples = "[\"district 12, FY 2025: kept households 1200, recomputed 1210\"]") List<String> differences) {
    }

    @POST
    @Path("/rebuild")
    @Operation(operationId = "rebuildKeptFigures", summary = "Rebuild the kept figures (集計の再計算)",
            description = "Recomputes every summary table from the raw rows in one transaction. kyodo keeps them exact "
                    + "on every change; a rebuild is needed only after rows were written to the database directly "
                    + "(e.g. a bulk load). " + ApiDoc.ADMIN)
    @APIResponse(responseCode = "200", description = "Rebuilt")
    public RebuiltResponse rebuild() {
        return new RebuiltResponse(service.rebuildAll().stream()
                .map(r -> new RebuiltSet(r.name(), r.rows(), r.millis())).toList());
    }

    @GET
    @Path("/check")
    @Operation(operationId = "checkKeptFigures", summary = "Check the kept figures (集計の点検)",
            description = "Compares every summary row with the figure recomputed from the raw rows; changes nothing. "
                    + "Reads all the data: for an administrator in doubt, not for monitoring at a short interval. "
                    + ApiDoc.ADMIN)
    @APIResponse(responseCode = "200", description = "The comparison")
    public CheckResponse check() {
        List<CheckedSet> sets = service.checkAll().stream()
                .map(c -> new CheckedSet(c.name(), c.differences().stream().limit(100).toList())).toList();
        return new CheckResponse(sets.stream().allMatch(s -> s.differences().isEmpty()), sets);
    }
}
