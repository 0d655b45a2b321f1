package jp.kyodo.common.paging;

import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * What a list that other systems sync takes besides {@link PageParams}: {@code updatedSince} and the {@code after}
 * cursor. Either one walks the list in {@code (updatedAt, id)} order ({@link Keyset}).
 */
public class SyncParams {

    @QueryParam("updatedSince")
    @Parameter(description = "Only records whose updatedAt is at or after this time (ISO 8601 with offset; encode '+' as %2B). "
            + "Orders the list by (updatedAt, id) and answers nextCursor, so it also starts a cursor walk; "
            + "not with sort or page > 1", example = "2026-04-01T00:00:00Z")
    public OffsetDateTime updatedSince;

    @QueryParam("after")
    @Parameter(description = "Continue a walk by (updatedAt, id) after this cursor: the nextCursor of the previous page. "
            + "Rows changed or added meanwhile come later, none is skipped; not with sort or page > 1",
            example = "k5zq3x1c0w.2s")
    public String after;
}
