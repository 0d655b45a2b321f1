package jp.kyodo.meeting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.transfer.FileFormat;
import jp.kyodo.common.transfer.FormatParam;
import jp.kyodo.common.transfer.HeadersParam;
import jp.kyodo.common.transfer.LabelsParam;
import jp.kyodo.common.transfer.TransferResponses;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.meeting.service.MeetingService;
import jp.kyodo.meeting.transfer.MeetingLogDataset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 会議報告事項の出力: the meeting log as a file in the format its import reads. */
@Path("/api/v1/exports/meeting-log")
@Produces({FileFormat.CSV_TYPE, FileFormat.XLSX_TYPE})
@Tag(name = MeetingDoc.TAG, description = MeetingDoc.TAG_DESCRIPTION)
public class MeetingLogExportResource {

    @jakarta.inject.Inject
    java.time.Clock clock;

    @Inject
    MeetingService meetings;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT, Roles.LIAISON, Roles.COMMITTEE})
    @Operation(operationId = "exportMeetingLog", summary = "Export the meeting log (会議報告事項の出力)",
            description = "One row per agenda item, by date, body and order, with the filters of the agenda-item list. Columns: "
                    + "no (番号, a running number), date (ISO; an Excel date in .xlsx), meeting (第N回 + the body's name), agendaItem, "
                    + "sectionName. 取込と同じ形式 / the format the import reads: every value is written out (no 〃), and the file "
                    + "imports back with every row UNCHANGED. CSV is UTF-8 with a byte order mark and CRLF; a text value that starts "
                    + "with = + - @ is written with a leading ' (the import removes it). " + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The file, as an attachment", headers = @Header(name = "Content-Disposition",
            description = "attachment; filename=\"meeting-log-<yyyyMMdd>.<csv|xlsx>\" (date in Japan time)", schema = @Schema(type = SchemaType.STRING, examples = "attachment; filename=\"meeting-log-20260110.csv\"")),
            content = @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "no,date,meeting,agendaItem,sectionName\r\n1,2025-04-16,第1回校区事務局連絡会議,校区コミュニティ組織運営費補助金について,協働推進課\r\n"))
    public Response exportMeetingLog(
            @BeanParam FormatParam format, @BeanParam HeadersParam headers, @BeanParam LabelsParam labels,
            @QueryParam("bodyId") @Parameter(example = "2") Long bodyId,
            @QueryParam("fiscalYear") @Min(1950) @Max(2100) @Parameter(description = "年度 (April–March)", example = "2025") Integer fiscalYear,
            @QueryParam("sectionName") @Parameter(example = "防災対策課") String sectionName,
            @QueryParam("sectionId") @Parameter(example = "14") Long sectionId,
            @QueryParam("q") @Parameter(example = "ぼうさい") String q) {
        FileFormat f = format.get();
        boolean japanese = headers.japanese();
        // the meeting log has no coded values: labels=ja writes the same file, but the parameter is checked as everywhere
        labels.japanese();
        List<Object[]> rows = meetings.logRows(new MeetingService.MeetingFilter(bodyId, fiscalYear, sectionName, sectionId, q));
        return TransferResponses.export(MeetingLogDataset.SPEC, f, rows, clock, japanese);
    }
}
