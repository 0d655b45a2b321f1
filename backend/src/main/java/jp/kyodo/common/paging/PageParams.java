package jp.kyodo.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging and sorting parameters every collection takes. */
public class PageParams {

    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("1")
    @Min(1)
    @Parameter(description = "Page number, starting at 1", example = "1")
    public int page = 1;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Items per page (at most 200)", example = "20")
    public int size = 20;

    @QueryParam("sort")
    @Parameter(description = "Comma-separated sort keys; a leading '-' sorts descending. Allowed keys are listed per operation.", example = "kana,-code")
    public String sort;

    public int offset() {
        return (page - 1) * size;
    }
}
