package jp.kyodo.support.rest;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import jp.kyodo.common.audit.AuditEventResponse;
import jp.kyodo.common.audit.AuditService;
import jp.kyodo.common.paging.Keyset;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.paging.SyncParams;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.transfer.FileFormat;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Responses;
import jp.kyodo.support.GrantDtos.GrantApplicationInput;
import jp.kyodo.support.GrantDtos.GrantBulkDecision;
import jp.kyodo.support.GrantDtos.GrantBulkDecisionInput;
import jp.kyodo.support.GrantDtos.GrantCaseResponse;
import jp.kyodo.support.GrantDtos.GrantDecisionInput;
import jp.kyodo.support.GrantDtos.GrantFigures;
import jp.kyodo.support.GrantDtos.GrantInspectionInput;
import jp.kyodo.support.GrantDtos.GrantOpening;
import jp.kyodo.support.GrantDtos.GrantPaymentInput;
import jp.kyodo.support.GrantDtos.GrantReportInput;
import jp.kyodo.support.GrantDtos.GrantSettlementInput;
import jp.kyodo.support.GrantDtos.GrantStepInput;
import jp.kyodo.support.GrantDtos.GrantedAmount;
import jp.kyodo.support.GrantStatus;
import jp.kyodo.support.service.GrantCases;
import jp.kyodo.support.service.GrantReports;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** 交付案件: the yearly cycle of subsidies and consignments per organization, the office's figures and the payment list. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = GrantResource.TAG, description = "交付案件 / grant cases: one organization's year of a subsidy or consignment — business plan → "
        + "application → grant decision (computed from the registry by the program's rule; overridden only with a reason) → payments → "
        + "results report → on-site inspection → final amount and refund (docs/support.md).")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT, Roles.LIAISON})
public class GrantResource {

    static final String TAG = "grants";
    static final String READ = "Who may call: ADMIN, OFFICE (every case); DEPARTMENT (the cases of their section's programs); LIAISON (the "
            + "cases of organizations in the districts assigned to them). A case outside the caller's scope answers 404.";
    static final String PREPARE = "Who may call: ADMIN, OFFICE, DEPARTMENT of the program's section, LIAISON of the organization's district "
            + "(others: 404 or 403).";
    static final String DECIDE = "Who may call: ADMIN, OFFICE; DEPARTMENT only for their own section's programs (others: 403). A liaison never "
            + "decides, pays or settles an amount.";

    @Inject
    GrantCases cases;

    @Inject
    GrantReports reports;

    @Inject
    AuditService audit;

    @POST
    @Path("/support-programs/{id}/opening")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT})
    @Operation(operationId = "openGrantYear", summary = "Open the program's year: a case for every eligible organization (年度の開始)",
            description = "Creates a case (事業計画待ち) for every organization of the program's eligible kinds that has none, with the "
                    + "registry's households, member households and population of the program's figures year and the amount its rule "
                    + "computes; cases not yet decided get their figures and amounts again. Calling it again adds only organizations "
                    + "registered since. Not a subsidy or consignment, or no eligible kind: 409. " + DECIDE)
    @APIResponse(responseCode = "200", description = "What was opened")
    public GrantOpening openGrantYear(@PathParam("id") long id) {
        return cases.open(id);
    }

    @POST
    @Path("/support-programs/{id}/decisions")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT})
    @Operation(operationId = "decideGrants", summary = "Decide every applied case as computed (一括交付決定)",
            description = "Every case of the program in 申請受付 with a computed amount becomes 交付決定 at that amount; cases lacking a figure "
                    + "are left (and counted). " + DECIDE)
    @APIResponse(responseCode = "200", description = "What was decided")
    public GrantBulkDecision decideGrants(@PathParam("id") long id, @NotNull @Valid GrantBulkDecisionInput body) {
        return cases.decideAll(id, body.on());
    }

    @GET
    @Path("/support-programs/{id}/grant-figures")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT})
    @Operation(operationId = "getGrantFigures", summary = "Budget vs decided vs paid vs final (予算執行状況)",
            description = "The program's cases summed as a whole, per ward and per district: cases, not yet submitted, decided, and the "
                    + "computed, decided, paid, final and refunded yen; remaining = budget − decided. " + DECIDE)
    @APIResponse(responseCode = "200", description = "The figures")
    public GrantFigures getGrantFigures(@PathParam("id") long id) {
        return reports.figures(id);
    }

    @GET
    @Path("/grant-cases")
    @Operation(operationId = "listGrantCases", summary = "Grant cases (交付案件の一覧)",
            description = "Filters: programId, fiscalYear, status, wardId, districtId, organizationId, notSubmitted (true: still waiting "
                    + "for the business plan), inspectionDue (true: results report received, inspection not yet recorded), q (the "
                    + "organization's name; full- and half-width alike). Sort keys: organization (by kana; default), status, district, "
                    + "computedYen, decidedYen, paidYen, program. " + ApiDoc.SYNC + READ)
    @APIResponse(responseCode = "200", description = "A page of cases")
    public Page<GrantCaseResponse> listGrantCases(
            @QueryParam("programId") @Parameter(example = "7") Long programId,
            @QueryParam("fiscalYear") @Min(1950) @Max(2100) @Parameter(description = "年度", example = "2026") Integer fiscalYear,
            @QueryParam("status") @Parameter(example = "APPLIED") GrantStatus status,
            @QueryParam("wardId") @Parameter(example = "2") Long wardId,
            @QueryParam("districtId") @Parameter(example = "12") Long districtId,
            @QueryParam("organizationId") @Parameter(example = "40") Long organizationId,
            @QueryParam("notSubmitted") @Parameter(description = "true: still waiting for the business plan", example = "true") Boolean notSubmitted,
            @QueryParam("inspectionDue") @Parameter(description = "true: reported, not yet inspected", example = "true") Boolean inspectionDue,
            @QueryParam("q") @Parameter(example = "香椎") String q,
            @Valid @BeanParam PageParams page, @BeanParam SyncParams sync) {
        return cases.list(new GrantCases.Filter(programId, fiscalYear, status, wardId, districtId, organizationId, notSubmitted,
                inspectionDue, q), page, Keyset.of(page, sync));
    }

    @GET
    @Path("/grant-cases/{id}")
    @Operation(operationId = "getGrantCase", summary = "Get a grant case (交付案件)",
            description = "With the computation's steps, the payments and `permissions` (which steps the caller may take now). " + READ)
    @APIResponse(responseCode = "200", description = "The case")
    public RestResponse<GrantCaseResponse> getGrantCase(@PathParam("id") long id) {
        return Responses.ok(cases.get(id));
    }

    @PUT
    @Path("/grant-cases/{id}/plan")
    @Operation(operationId = "receiveGrantPlan", summary = "Record the business plan as received (事業計画受付)",
            description = "事業計画待ち → 事業計画受付; any other status: 409. " + PREPARE)
    @APIResponse(responseCode = "200", description = "Received")
    public RestResponse<GrantCaseResponse> receiveGrantPlan(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid GrantStepInput body) {
        return Responses.ok(cases.receivePlan(id, body, ifMatch));
    }

    @PUT
    @Path("/grant-cases/{id}/application")
    @Operation(operationId = "receiveGrantApplication", summary = "Record the application (申請受付)",
            description = "事業計画受付 → 申請受付 (straight from 事業計画待ち when the program has no plan deadline); may be corrected until "
                    + "decided; 409 otherwise. The eligible cost and units it states are what the rule computes from, so the computed "
                    + "amount follows. " + PREPARE)
    @APIResponse(responseCode = "200", description = "Received")
    public RestResponse<GrantCaseResponse> receiveGrantApplication(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid GrantApplicationInput body) {
        return Responses.ok(cases.apply(id, body, ifMatch));
    }

    @PUT
    @Path("/grant-cases/{id}/decision")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT})
    @Operation(operationId = "decideGrant", summary = "Decide or correct the amount (交付決定・変更交付決定)",
            description = "申請受付 → 交付決定, or a correction while 交付決定 (409 otherwise). Without yen the computed amount; another amount "
                    + "needs a reason (400), never below what has been paid (409). Every correction stays in the history. " + DECIDE)
    @APIResponse(responseCode = "200", description = "Decided")
    public RestResponse<GrantCaseResponse> decideGrant(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid GrantDecisionInput body) {
        return Responses.ok(cases.decide(id, body, ifMatch));
    }

    @POST
    @Path("/grant-cases/{id}/payments")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT})
    @Operation(operationId = "addGrantPayment", summary = "Record a payment (支払)",
            description = "An instalment of a decided case, numbered 1, 2, …; the payments never exceed the decided amount (after the "
                    + "settlement: the final one) — 409 otherwise, as before the decision. If-Match is the case's ETag. " + DECIDE)
    @APIResponse(responseCode = "200", description = "The case with the payment")
    public RestResponse<GrantCaseResponse> addGrantPayment(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid GrantPaymentInput body) {
        return Responses.ok(cases.pay(id, body, ifMatch));
    }

    @PUT
    @Path("/grant-cases/{id}/report")
    @Operation(operationId = "receiveGrantReport", summary = "Record the results report (実績報告受付)",
            description = "交付決定 → 実績報告受付 (may be corrected until inspected; 409 otherwise), with the cost spent and the units done "
                    + "that the settlement computes from. " + PREPARE)
    @APIResponse(responseCode = "200", description = "Received")
    public RestResponse<GrantCaseResponse> receiveGrantReport(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid GrantReportInput body) {
        return Responses.ok(cases.report(id, body, ifMatch));
    }

    @PUT
    @Path("/grant-cases/{id}/inspection")
    @Operation(operationId = "recordGrantInspection", summary = "Record the on-site inspection (実地検査)",
            description = "実績報告受付 → 実地検査済, with findings and corrections; may be recorded again until settled (409 otherwise). "
                    + PREPARE)
    @APIResponse(responseCode = "200", description = "Recorded")
    public RestResponse<GrantCaseResponse> recordGrantInspection(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid GrantInspectionInput body) {
        return Responses.ok(cases.inspect(id, body, ifMatch));
    }

    @PUT
    @Path("/grant-cases/{id}/settlement")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT})
    @Operation(operationId = "settleGrant", summary = "Fix the final amount (額の確定)",
            description = "実績報告受付 or 実地検査済 → 額の確定 (a correction while settled; 409 otherwise). Without yen the settlement's "
                    + "computation (the rule over the reported cost and units, at most the decided amount); another amount needs a "
                    + "reason; never above the decided amount (400). The refund is what was paid beyond it. " + DECIDE)
    @APIResponse(responseCode = "200", description = "Settled")
    public RestResponse<GrantCaseResponse> settleGrant(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid GrantSettlementInput body) {
        return Responses.ok(cases.settle(id, body, ifMatch));
    }

    @GET
    @Path("/grant-cases/{id}/history")
    @Operation(operationId = "getGrantCaseHistory", summary = "History of a grant case (変更履歴)",
            description = "Every step and correction with who made it, newest first. " + READ)
    public Page<AuditEventResponse> getGrantCaseHistory(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        cases.find(id);
        return audit.history("GrantCase", id, page, true);
    }

    @GET
    @Path("/grant-payments/csv")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT})
    @Produces(FileFormat.CSV_TYPE)
    @Operation(operationId = "exportGrantPayments", summary = "Payment list for the accounting system (支払一覧 CSV)",
            description = "One row per instalment paid (filters: fiscalYear, programId, paid from–to), ordered by payment day: UTF-8 with a "
                    + "byte order mark, CRLF, RFC 4180 quoting, amounts in whole yen without separators, columns 支払日, 年度, 事業コード, "
                    + "事業名, 所管課コード, 所管課, 団体コード, 団体名, 区, 校区, 回, 支払額, 交付決定額, 摘要, 案件番号 (docs/support.md). A DEPARTMENT "
                    + "user gets their own section's programs only. Who may call: ADMIN, OFFICE, DEPARTMENT.")
    @APIResponse(responseCode = "200", description = "The file, as an attachment", headers = @Header(name = "Content-Disposition",
            description = "attachment; filename=\"grant-payments.csv\"", schema = @Schema(type = SchemaType.STRING,
                    examples = "attachment; filename=\"grant-payments.csv\"")),
            content = @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "支払日,年度,事業コード,事業名,所管課コード,所管課,団体コード,団体名,区,校区,回,支払額,交付決定額,摘要,案件番号\r\n"
                            + "2026-06-30,2026,7,校区コミュニティ組織運営費補助,C-02,地域コミュニティ課,D01-C01,香椎校区自治協議会,東区,香椎,1,472000,944000,概算払 第1回,301\r\n"))
    public Response exportGrantPayments(
            @QueryParam("fiscalYear") @Min(1950) @Max(2100) @Parameter(description = "年度", example = "2026") Integer fiscalYear,
            @QueryParam("programId") @Parameter(example = "7") Long programId,
            @QueryParam("from") @Parameter(description = "Paid on or after", example = "2026-04-01") LocalDate from,
            @QueryParam("to") @Parameter(description = "Paid on or before", example = "2027-03-31") LocalDate to) {
        return Response.ok(reports.paymentCsv(fiscalYear, programId, from, to), FileFormat.CSV.contentType())
                .header("Content-Disposition", "attachment; filename=\"grant-payments.csv\"").build();
    }

    @GET
    @Path("/public/grants/{fiscalYear}")
    @PermitAll
    @Operation(operationId = "getPublicGrants", summary = "Open data: amounts granted per organization (交付決定額の公表)",
            description = "Every decided case of the fiscal year (of one program with programId), in program, ward, district and organization order (a page): program, implementing section, organization, ward, district, decided and "
                    + "(once settled) final amount and the decision day — no personal data. " + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "The amounts")
    public Page<GrantedAmount> getPublicGrants(
            @PathParam("fiscalYear") @Min(1950) @Max(2100) @Parameter(description = "年度", example = "2026") int fiscalYear,
            @QueryParam("programId") @Parameter(description = "Only this program", example = "12") Long programId,
            @Valid @BeanParam PageParams page) {
        return Page.of(reports.granted(fiscalYear, programId), page);
    }

    @GET
    @Path("/public/grants/{fiscalYear}/csv")
    @PermitAll
    @Produces(FileFormat.CSV_TYPE)
    @Operation(operationId = "getPublicGrantsCsv", summary = "Open data: amounts granted per organization as CSV",
            description = "The rows of GET /public/grants/{fiscalYear} (programId: one program's): UTF-8 with a byte order mark, CRLF, RFC 4180 quoting, columns 年度, 事業名, "
                    + "所管課, 団体名, 区, 校区, 交付決定額, 確定額, 交付決定日; a text that starts with = + - @ is written with a leading '. " + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "The file, as an attachment", headers = @Header(name = "Content-Disposition",
            description = "attachment; filename=\"grants-<fiscalYear>.csv\"", schema = @Schema(type = SchemaType.STRING,
                    examples = "attachment; filename=\"grants-2026.csv\"")),
            content = @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "年度,事業名,所管課,団体名,区,校区,交付決定額,確定額,交付決定日\r\n"
                            + "2026,校区コミュニティ組織運営費補助,地域コミュニティ課,香椎校区自治協議会,東区,香椎,944000,,2026-05-01\r\n"))
    public Response getPublicGrantsCsv(
            @PathParam("fiscalYear") @Min(1950) @Max(2100) @Parameter(description = "年度", example = "2026") int fiscalYear,
            @QueryParam("programId") @Parameter(description = "Only this program", example = "12") Long programId) {
        return Response.ok(reports.grantedCsv(fiscalYear, programId), FileFormat.CSV.contentType())
                .header("Content-Disposition", "attachment; filename=\"grants-" + fiscalYear + ".csv\"").build();
    }
}
