package jp.kyodo.request.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.transfer.FileFormat;
import jp.kyodo.common.transfer.FormatParam;
import jp.kyodo.common.transfer.HeadersParam;
import jp.kyodo.common.transfer.LabelsParam;
import jp.kyodo.common.transfer.TransferResponses;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.request.service.CityRequestExportService;
import jp.kyodo.request.transfer.CityRequestDataset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 依頼等の出力 — any filtered list of the inventory, in the format the import reads. */
@Path("/api/v1/exports/city-requests")
@Tag(name = "transfer")
public class CityRequestExportResource {

    @jakarta.inject.Inject
    java.time.Clock clock;

    @Inject
    CityRequestExportService exports;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT, Roles.LIAISON, Roles.COMMITTEE})
    @Produces({FileFormat.CSV_TYPE, FileFormat.XLSX_TYPE})
    @Operation(operationId = "exportCityRequests", summary = "Export requests (依頼等の出力)",
            description = "依頼等 / the requests with the filters of the list (drafts only for those who may see them), ordered by code, in the "
                    + "import's format: row 1 holds the column keys (headers=ja: the Japanese column labels), coded values their codes "
                    + "(labels=ja: kind, asks, receiverKinds, channel and status as their Japanese labels, mandatory as はい/いいえ), "
                    + "and the import reads both, so an unchanged export imports back with every row UNCHANGED. "
                    + "sectionName and annualHours (computed burden) are for reading and ignored by the import. " + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The file, as an attachment", headers = @Header(name = "Content-Disposition",
            description = "attachment; filename=\"city-requests-<yyyyMMdd>.<csv|xlsx>\" (date in Japan time)", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING), example = CityRequestImportResource.HEADER
                    + "KAN-2025-003,ごみ減量チラシの回覧,GOMI,家庭ごみ減量推進課,2025,COOPERATION,CIRCULATION,NEIGHBORHOOD_ASSOCIATION,,BLOCK_CIRCULATION,6;11,14,,,false,1,1,ACTIVE,,4760.00\r\n"))
    public Response exportCityRequests(
            @BeanParam FormatParam format, @BeanParam HeadersParam headers, @BeanParam LabelsParam labels,
            @Valid @BeanParam CityRequestFilterParams filters) {
        FileFormat f = format.get();
        boolean japanese = headers.japanese();
        boolean labelled = labels.japanese();
        List<Object[]> rows = exports.exportRows(filters.filter());
        if (labelled) {
            rows = exports.labels().apply(rows);
        }
        return TransferResponses.export(CityRequestDataset.SPEC, f, rows, clock, japanese);
    }
}
