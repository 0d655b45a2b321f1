package jp.kyodo.support.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
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
import jp.kyodo.activity.service.FileTypes;
import jp.kyodo.common.error.ProblemMappers;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.web.ContentDisposition;
import jp.kyodo.support.EventDtos.SupportFileResponse;
import jp.kyodo.support.GrantStep;
import jp.kyodo.support.SupportFile;
import jp.kyodo.support.service.SupportFiles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 書類: the documents of a grant case's steps and the materials of an event. */
@Path("/api/v1")
@Tag(name = GrantResource.TAG)
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT, Roles.LIAISON})
public class SupportFileResource {

    static final String KEPT = "Send the file itself as the body and its name as `filename`. Kept: PDF, PNG, JPEG, GIF, WebP, Word (.docx), "
            + "Excel (.xlsx), PowerPoint (.pptx), up to the configured size (kyodo.activity.attachment-max-size, default 10 MB; 413 above). "
            + "The type is judged by the content (a PNG named .pdf is 415 naming `file`). At most 30 files a case or event (409). ";
    static final String DISPOSITION = "attachment; filename=\"<ASCII fallback>\"; filename*=UTF-8''<the name, percent-encoded>";

    @Inject
    SupportFiles files;

    // ---- a grant case's documents ---------------------------------------------------------------------

    @GET
    @Path("/grant-cases/{id}/files")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listGrantCaseFiles", summary = "Documents of a grant case (書類)",
            description = "In the order added, each with its step. " + GrantResource.READ)
    @APIResponse(responseCode = "200", description = "The documents (without their content)")
    public Page<SupportFileResponse> listGrantCaseFiles(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        return Page.of(files.caseFiles(id), page);
    }

    @POST
    @Path("/grant-cases/{id}/files")
    @Consumes({"application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp", FileTypes.DOCX, FileTypes.XLSX,
            FileTypes.PPTX, MediaType.APPLICATION_OCTET_STREAM})
    @Produces({MediaType.APPLICATION_JSON, ProblemMappers.PROBLEM_JSON})
    @Operation(operationId = "uploadGrantCaseFile", summary = "Keep a document with a step of a grant case",
            description = KEPT + "The step names where it belongs (the application form with APPLICATION, the inspection record with "
                    + "INSPECTION, …). " + GrantResource.PREPARE)
    @APIResponse(responseCode = "201", description = "The document was kept",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupportFileResponse.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than the limit")
    @APIResponse(responseCode = "415", description = "Not a kept type, or the content does not match the name")
    public Response uploadGrantCaseFile(@PathParam("id") long id,
            @QueryParam("step") @Parameter(required = true, description = "The step the document belongs to", example = "APPLICATION") GrantStep step,
            @QueryParam("filename") @Parameter(required = true, description = "The file's name, with its extension (UTF-8)", example = "交付申請書.pdf") String filename,
            @RequestBody(content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
            byte[] body) {
        SupportFileResponse r = files.addToCase(id, step, filename, body);
        return Response.created(URI.create("/api/v1/grant-cases/" + id + "/files/" + r.id() + "/content"))
                .type(MediaType.APPLICATION_JSON).entity(r).build();
    }

    @GET
    @Path("/grant-cases/{id}/files/{fileId}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadGrantCaseFile", summary = "Download a document of a grant case",
            description = "As it was kept, with its detected type. " + GrantResource.READ)
    @APIResponse(responseCode = "200", description = "The file", headers = @Header(name = "Content-Disposition", description = DISPOSITION,
            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response downloadGrantCaseFile(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        return download(files.caseFile(id, fileId));
    }

    @DELETE
    @Path("/grant-cases/{id}/files/{fileId}")
    @Operation(operationId = "deleteGrantCaseFile", summary = "Remove a document from a grant case", description = GrantResource.PREPARE)
    public void deleteGrantCaseFile(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        files.removeFromCase(id, fileId);
    }

    // ---- an event's materials -------------------------------------------------------------------------

    @GET
    @Path("/support-events/{id}/files")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = SupportEventResource.TAG)
    @Operation(operationId = "listSupportEventFiles", summary = "Materials of an event (資料)", description = "In the order added. "
            + SupportEventResource.READ)
    @APIResponse(responseCode = "200", description = "The materials (without their content)")
    public Page<SupportFileResponse> listSupportEventFiles(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        return Page.of(files.eventFiles(id), page);
    }

    @POST
    @Path("/support-events/{id}/files")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT})
    @Consumes({"application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp", FileTypes.DOCX, FileTypes.XLSX,
            FileTypes.PPTX, MediaType.APPLICATION_OCTET_STREAM})
    @Produces({MediaType.APPLICATION_JSON, ProblemMappers.PROBLEM_JSON})
    @Tag(name = SupportEventResource.TAG)
    @Operation(operationId = "uploadSupportEventFile", summary = "Add material to an event", description = KEPT + SupportEventResource.MANAGE)
    @APIResponse(responseCode = "201", description = "The material was kept",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupportFileResponse.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than the limit")
    @APIResponse(responseCode = "415", description = "Not a kept type, or the content does not match the name")
    public Response uploadSupportEventFile(@PathParam("id") long id,
            @QueryParam("filename") @Parameter(required = true, description = "The file's name, with its extension (UTF-8)", example = "説明資料.pdf") String filename,
            @RequestBody(content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
            byte[] body) {
        SupportFileResponse r = files.addToEvent(id, filename, body);
        return Response.created(URI.create("/api/v1/support-events/" + id + "/files/" + r.id() + "/content"))
                .type(MediaType.APPLICATION_JSON).entity(r).build();
    }

    @GET
    @Path("/support-events/{id}/files/{fileId}/content")
    @Produces(MediaType.WILDCARD)
    @Tag(name = SupportEventResource.TAG)
    @Operation(operationId = "downloadSupportEventFile", summary = "Download material of an event",
            description = "As it was kept, with its detected type. " + SupportEventResource.READ)
    @APIResponse(responseCode = "200", description = "The file", headers = @Header(name = "Content-Disposition", description = DISPOSITION,
            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response downloadSupportEventFile(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        return download(files.eventFile(id, fileId));
    }

    @DELETE
    @Path("/support-events/{id}/files/{fileId}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.DEPARTMENT})
    @Tag(name = SupportEventResource.TAG)
    @Operation(operationId = "deleteSupportEventFile", summary = "Remove material from an event", description = SupportEventResource.MANAGE)
    public void deleteSupportEventFile(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        files.removeFromEvent(id, fileId);
    }

    static Response download(SupportFile t) {
        return Response.ok(t.content, t.mediaType).header("Content-Disposition", ContentDisposition.attachment(t.filename))
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
