package jp.kyodo.request.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Responses;
import jp.kyodo.request.rules.RuleDtos.RuleResponse;
import jp.kyodo.request.rules.RuleDtos.SettingsInput;
import jp.kyodo.request.rules.RuleDtos.SettingsResponse;
import jp.kyodo.request.rules.RuleDtos.WarningEntry;
import jp.kyodo.request.rules.RuleService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The rules that protect communities, their thresholds, and the warnings they raise. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "requests")
public class RequestRuleResource {

    @Inject
    RuleService rules;

    @GET
    @Path("/city-request-rules")
    @PermitAll
    @Operation(operationId = "listCityRequestRules", summary = "The rules for requests (依頼のルール)",
            description = "依頼のルール / the rules that protect communities, in Japanese and English, so that departments read them before they write: "
                    + "REFUSE rules stop a save (422 rule-violation with `rule` = the id), WARN rules are shown and listed. "
                    + "Thresholds in the texts are today's settings. " + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "Every rule")
    public Page<RuleResponse> listCityRequestRules(@Valid @BeanParam PageParams page) {
        return Page.of(rules.rules(), page);
    }

    @GET
    @Path("/city-request-warnings")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT, Roles.LIAISON, Roles.COMMITTEE})
    @Operation(operationId = "listCityRequestWarnings", summary = "Warnings of the inventory (警告の一覧)",
            description = "警告 / every warning of requests that are not drafts, computed now: COOPERATION_SHORT_DEADLINE, MERGE_CANDIDATE (one entry per "
                    + "other request), EFFORT_WITHOUT_COMPENSATION. Filters: fiscalYear, sectionId, departmentId, rule. Ordered by fiscal year (newest first), "
                    + "request code, rule. " + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "A page of warnings")
    public Page<WarningEntry> listCityRequestWarnings(
            @QueryParam("fiscalYear") @Min(1989) @Max(2100) @Parameter(example = "2025") Integer fiscalYear,
            @QueryParam("sectionId") @Parameter(example = "12") Long sectionId,
            @QueryParam("departmentId") @Parameter(example = "5") Long departmentId,
            @QueryParam("rule") @Parameter(example = "MERGE_CANDIDATE") String rule,
            @Valid @BeanParam PageParams page) {
        return rules.list(new RuleService.WarningFilter(fiscalYear, sectionId, departmentId, rule), page);
    }

    @GET
    @Path("/settings/request-rules")
    @PermitAll
    @Operation(operationId = "getRequestRuleSettings", summary = "Thresholds of the warning rules (警告の閾値)",
            description = "The minimum days a cooperation request should leave until its deadline, and the annual hours per organization above which a "
                    + "compensation decision is expected. Stored in the database, the same for every instance. " + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "The settings")
    public RestResponse<SettingsResponse> getRequestRuleSettings() {
        return Responses.ok(rules.settings());
    }

    @PUT
    @Path("/settings/request-rules")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateRequestRuleSettings", summary = "Change the thresholds (警告の閾値の変更)",
            description = "Takes effect at once for every warning (warnings are computed when read). " + ApiDoc.ADMIN)
    public RestResponse<SettingsResponse> updateRequestRuleSettings(
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid SettingsInput body) {
        return Responses.ok(rules.updateSettings(body, ifMatch));
    }
}
