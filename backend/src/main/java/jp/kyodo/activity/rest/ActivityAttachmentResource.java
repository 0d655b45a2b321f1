package jp.kyodo.activity.rest;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.paging.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import jp.kyodo.activity.ActivityAttachment;
import jp.kyodo.activity.ActivityDtos.AttachmentResponse;
import jp.kyodo.activity.service.AttachmentService;
import jp.kyodo.activity.service.FileTypes;
import jp.kyodo.common.error.ProblemMappers;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.web.ContentDisposition;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 添付ファイル: files kept with an activity record. */
@Path("/api/v1/activities/{id}/attachments")
@Tag(name = ActivityDoc.TAG, description = ActivityDoc.TAG_DESCRIPTION)
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON, Roles.DEPARTMENT})
public class ActivityAttachmentResource {

    @Inject
    AttachmentService attachments;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listActivityAttachments", summary = "Files of an activity record (添付ファイル一覧)",
            description = "In the order added. " + ActivityDoc.READ)
    @APIResponse(responseCode = "200", description = "The files (without their content)")
    public Page<AttachmentResponse> listActivityAttachments(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        return Page.of(attachments.list(id), page);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Consumes({"application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp", FileTypes.DOCX, FileTypes.XLSX,
            FileTypes.PPTX, MediaType.APPLICATION_OCTET_STREAM})
    @Produces({MediaType.APPLICATION_JSON, ProblemMappers.PROBLEM_JSON})
    @Operation(operationId = "uploadActivityAttachment", summary = "Add a file to an activity record (添付ファイルの追加)",
            description = "Send the file itself as the body and its name as `filename`. Kept: PDF, PNG, JPEG, GIF, WebP, Word (.docx), "
                    + "Excel (.xlsx), PowerPoint (.pptx), up to the configured size (kyodo.activity.attachment-max-size, default 10 MB; "
                    + "413 above). The type is judged by the content: a file whose content does not match its name's extension (a PNG "
                    + "named .pdf, a zip named .docx) is refused with 415 naming the field `file`. At most 20 files a record (409). "
                    + ActivityDoc.WRITE)
    @APIResponse(responseCode = "201", description = "The file was kept",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentResponse.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than the limit")
    @APIResponse(responseCode = "415", description = "Not a kept type, or the content does not match the name")
    public Response uploadActivityAttachment(@PathParam("id") long id,
            @QueryParam("filename") @Parameter(required = true, description = "The file's name, with its extension (UTF-8)", example = "会議資料.pdf") String filename,
            @RequestBody(content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
            byte[] body) {
        AttachmentResponse r = attachments.upload(id, filename, body);
        return Response.created(URI.create("/api/v1/activities/" + id + "/attachments/" + r.id() + "/content"))
                .type(MediaType.APPLICATION_JSON).entity(r).build();
    }

    @GET
    @Path("/{attachmentId}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadActivityAttachment", summary = "Download a file of an activity record",
            description = "The file as it was added, with its detected type, as an attachment named as it was (UTF-8 in filename*). "
                    + ActivityDoc.READ)
    @APIResponse(responseCode = "200", description = "The file", headers = @Header(name = "Content-Disposition",
            description = "attachment; filename=\"<ASCII fallback>\"; filename*=UTF-8''<the name, percent-encoded>",
            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response downloadActivityAttachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        ActivityAttachment t = attachments.download(id, attachmentId);
        return Response.ok(t.content, t.mediaType).header("Content-Disposition", ContentDisposition.attachment(t.filename))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @DELETE
    @Path("/{attachmentId}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Operation(operationId = "deleteActivityAttachment", summary = "Remove a file from an activity record", description = ActivityDoc.WRITE)
    public void deleteActivityAttachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        attachments.delete(id, attachmentId);
    }
}
