package jp.kyodo.department.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import java.util.List;
import jp.kyodo.common.paging.Keyset;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.paging.SyncParams;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Idempotency;
import jp.kyodo.common.web.Responses;
import jp.kyodo.department.DepartmentDtos.BureauRequest;
import jp.kyodo.department.DepartmentDtos.BureauResponse;
import jp.kyodo.department.DepartmentDtos.DepartmentRequest;
import jp.kyodo.department.DepartmentDtos.DepartmentResponse;
import jp.kyodo.department.DepartmentDtos.SectionRequest;
import jp.kyodo.department.DepartmentDtos.SectionResponse;
import jp.kyodo.department.service.DepartmentService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** 局・部・課 — the city's organization: reference data, public to read, kept by admins. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "departments")
@RolesAllowed(Roles.ADMIN)
public class DepartmentResource {

    @Inject
    Idempotency idempotency;

    @Inject
    DepartmentService departments;

    @GET
    @Path("/bureaus")
    @PermitAll
    @Operation(operationId = "listBureaus", summary = "The city's organization (局・部・課)",
            description = "Every bureau (局, or a ward office 区役所) with its departments (部) and their sections (課), in display order. Requests to communities are issued by a section. " + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "All bureaus")
    public Page<BureauResponse> listBureaus(@Valid @BeanParam PageParams page) {
        return Page.of(departments.tree(), page);
    }

    @POST
    @Path("/bureaus")
    @Operation(operationId = "createBureau", summary = "Add a bureau (局の登録)", description = "局 / bureau. " + ApiDoc.ADMIN)
    @APIResponseSchema(value = BureauResponse.class, responseCode = "201")
    public RestResponse<BureauResponse> createBureau(@HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid BureauRequest body) {
        return idempotency.run(idempotencyKey, body, () -> {
            BureauResponse b = departments.createBureau(body);
            return Responses.created("/api/v1/bureaus/" + b.id(), b);
        });
    }

    @GET
    @Path("/bureaus/{id}")
    @PermitAll
    @Operation(operationId = "getBureau", summary = "Get a bureau (局)",
            description = "局 / bureau with its departments and their sections, with its version as ETag. " + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "The bureau")
    public RestResponse<BureauResponse> getBureau(@PathParam("id") long id) {
        return Responses.ok(departments.getBureau(id));
    }

    @PUT
    @Path("/bureaus/{id}")
    @Operation(operationId = "updateBureau", summary = "Update a bureau (局の変更)", description = "局 / bureau; replaces every field. " + ApiDoc.ADMIN)
    public RestResponse<BureauResponse> updateBureau(@PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid BureauRequest body) {
        return Responses.ok(departments.updateBureau(id, body, ifMatch));
    }

    @POST
    @Path("/departments")
    @Operation(operationId = "createDepartment", summary = "Add a department (部の登録)", description = "部 / department of a bureau. " + ApiDoc.ADMIN)
    @APIResponseSchema(value = DepartmentResponse.class, responseCode = "201")
    public RestResponse<DepartmentResponse> createDepartment(@HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid DepartmentRequest body) {
        return idempotency.run(idempotencyKey, body, () -> {
            DepartmentResponse d = departments.createDepartment(body);
            return Responses.created("/api/v1/departments/" + d.id(), d);
        });
    }

    @GET
    @Path("/departments/{id}")
    @PermitAll
    @Operation(operationId = "getDepartment", summary = "Get a department (部)",
            description = "部 / department with its sections, with its version as ETag. " + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "The department")
    public RestResponse<DepartmentResponse> getDepartment(@PathParam("id") long id) {
        return Responses.ok(departments.getDepartment(id));
    }

    @PUT
    @Path("/departments/{id}")
    @Operation(operationId = "updateDepartment", summary = "Update a department (部の変更)", description = "部 / department; replaces every field. " + ApiDoc.ADMIN)
    public RestResponse<DepartmentResponse> updateDepartment(@PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid DepartmentRequest body) {
        return Responses.ok(departments.updateDepartment(id, body, ifMatch));
    }

    @GET
    @Path("/sections")
    @PermitAll
    @Operation(operationId = "listSections", summary = "Sections (課の一覧)",
            description = "課 / sections as a flat list, each with its department (部) and bureau (局) names. Filter by bureau, department and text (`q` matches section, department and bureau names, folding width and kana). Sort keys: code, name (by kana), bureau, department, sortOrder. " + ApiDoc.SYNC + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "A page of sections")
    public Page<SectionResponse> listSections(
            @QueryParam("bureauId") @Parameter(example = "2") Long bureauId,
            @QueryParam("departmentId") @Parameter(example = "5") Long departmentId,
            @QueryParam("q") @Parameter(example = "ごみ") String q,
            @Valid @BeanParam PageParams page, @BeanParam SyncParams sync) {
        return departments.sections(new DepartmentService.SectionFilter(bureauId, departmentId, q), page,
                Keyset.of(page, sync));
    }

    @GET
    @Path("/sections/{id}")
    @PermitAll
    @Operation(operationId = "getSection", summary = "Get a section (課)", description = "課 / section. " + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "The section")
    public RestResponse<SectionResponse> getSection(@PathParam("id") long id) {
        return Responses.ok(departments.getSection(id));
    }

    @POST
    @Path("/sections")
    @Operation(operationId = "createSection", summary = "Add a section (課の登録)", description = "課 / section of a department. " + ApiDoc.ADMIN)
    @APIResponseSchema(value = SectionResponse.class, responseCode = "201")
    public RestResponse<SectionResponse> createSection(@HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid SectionRequest body) {
        return idempotency.run(idempotencyKey, body, () -> {
            SectionResponse s = departments.createSection(body);
            return Responses.created("/api/v1/sections/" + s.id(), s);
        });
    }

    @PUT
    @Path("/sections/{id}")
    @Operation(operationId = "updateSection", summary = "Update a section (課の変更)", description = "課 / section; replaces every field. " + ApiDoc.ADMIN)
    public RestResponse<SectionResponse> updateSection(@PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid SectionRequest body) {
        return Responses.ok(departments.updateSection(id, body, ifMatch));
    }
}
