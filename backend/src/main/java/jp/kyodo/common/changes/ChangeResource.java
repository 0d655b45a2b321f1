package jp.kyodo.common.changes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.kyodo.common.changes.ChangeDtos.ChangePage;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.web.ApiDoc;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 変更フィード — what changed since a cursor, for systems that keep a copy of kyodo's records in sync. */
@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "integration")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE})
public class ChangeResource {

    public static final int MAX_LIMIT = 1000;

    @Inject
    ChangeReader reader;

    @GET
    @Operation(operationId = "listChanges", summary = "Changes since a cursor (変更フィード)",
            description = "Every create, update and delete (a tombstone: the record is gone) of the records kyodo keeps, in "
                    + "the order their transactions committed, oldest first. Start without `after`; then pass the `next` of "
                    + "each answer as `after` and repeat while `hasMore` is true. The cursor is opaque and stable: a change "
                    + "committed later by a slower transaction is never behind a cursor already handed out, so nothing is "
                    + "skipped (docs/integration.md says why). An event names the record, not its content: read the record "
                    + "to get it (a 404 means it was deleted since). Events are kept. " + ApiDoc.OFFICE)
    @APIResponse(responseCode = "200", description = "The next events")
    public ChangePage listChanges(
            @QueryParam("after") @Size(max = 40) @Parameter(description = "The `next` cursor of the previous answer; none → from "
                    + "the first event", example = "c2s") String after,
            @QueryParam("types") @Size(max = 40) @Parameter(description = "Only these kinds of record (repeat the parameter)",
                    example = "DISTRICT") List<ChangeType> types,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(MAX_LIMIT) @Parameter(description = "Events at most",
                    example = "100") int limit) {
        return reader.after(Cursor.parse("after", after), types, limit);
    }
}
