package jp.kyodo.membership.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.kyodo.common.paging.Keyset;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.paging.SyncParams;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.district.DistrictDtos.DistrictSummary;
import jp.kyodo.membership.service.DistrictListService;
import jp.kyodo.membership.service.OrganizationTreeService;
import jp.kyodo.organization.OrganizationDtos.TreeNode;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The registry's views that carry membership figures: the district list with join rates and a district's
 * organization tree. Same paths and tag as the rest of the registry; served from here so that districts and
 * organizations do not depend on the figures.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "registry")
public class RegistryFiguresResource {

    @Inject
    DistrictListService districts;

    @Inject
    OrganizationTreeService trees;

    @GET
    @Path("/districts")
    @PermitAll
    @Operation(operationId = "listDistricts", summary = "List school districts (校区の一覧)",
            description = "Filter by ward and by text: `q` matches code, name and kana reading regardless of full/half width and hiragana/katakana (ﾋｶﾞｼ = ひがし = ヒガシ). Each row carries the join rate (加入率) of `fiscalYear` (default: the latest year with figures). Sort keys: code, name (by kana reading), ward, joinRate, households. " + ApiDoc.SYNC + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "A page of districts")
    public Page<DistrictSummary> listDistricts(
            @QueryParam("wardId") @Parameter(description = "Only districts of this ward", example = "1") Long wardId,
            @QueryParam("q") @Parameter(description = "Text in code, name or kana", example = "ｶｼｲ") String q,
            @QueryParam("fiscalYear") @Min(1950) @Max(2100) @Parameter(description = "Fiscal year of the join rate", example = "2025") Integer fiscalYear,
            @Valid @BeanParam PageParams page, @BeanParam SyncParams sync) {
        return districts.list(new DistrictListService.ListFilter(wardId, q, fiscalYear), page, Keyset.of(page, sync));
    }

    @GET
    @Path("/districts/{id}/organization-tree")
    @PermitAll
    @Operation(operationId = "getOrganizationTree", summary = "Organizations of a district as a tree (団体の階層)",
            description = "The district council, its associations and blocks, resident groups; each association with its latest membership figures and join rate. " + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "Root nodes of the tree (a page of them)")
    public Page<TreeNode> getOrganizationTree(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        return Page.of(trees.tree(id), page);
    }
}
