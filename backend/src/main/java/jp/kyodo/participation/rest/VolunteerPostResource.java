package jp.kyodo.participation.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jp.kyodo.common.audit.AuditEventResponse;
import jp.kyodo.common.audit.AuditService;
import jp.kyodo.common.paging.Keyset;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.paging.SyncParams;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.transfer.FileFormat;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Idempotency;
import jp.kyodo.common.web.Responses;
import jp.kyodo.participation.VolunteerDtos.InquiryReceipt;
import jp.kyodo.participation.VolunteerDtos.InquiryRequest;
import jp.kyodo.participation.VolunteerDtos.InquiryResponse;
import jp.kyodo.participation.VolunteerDtos.PostRequest;
import jp.kyodo.participation.VolunteerDtos.PostResponse;
import jp.kyodo.participation.VolunteerDtos.PublicPost;
import jp.kyodo.participation.VolunteerDtos.StatusRequest;
import jp.kyodo.participation.VolunteerPostStatus;
import jp.kyodo.participation.service.VolunteerPosts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** ボランティア募集 — the staff's posts with their approval, and the public pages with the inquiry form. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = VolunteerPostResource.TAG, description = "ボランティア募集 — councils' calls for volunteers: posted through the district's liaison or the office, "
        + "approved by the office, published with an inquiry form whose messages kyodo relays to the council (docs/participation.md)")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON, Roles.DEPARTMENT, Roles.COMMITTEE})
public class VolunteerPostResource {

    static final String TAG = "participation";
    static final String EDIT = "Who may call: ADMIN, OFFICE; LIAISON only for posts of their districts (others: 403).";

    @Inject
    VolunteerPosts posts;

    @Inject
    Idempotency idempotency;

    @Inject
    AuditService audit;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("/volunteer-posts")
    @Operation(operationId = "listVolunteerPosts", summary = "Volunteer posts (ボランティア募集の一覧)",
            description = "Every post, drafts included. Filters: status, districtId, wardId, published (true: public now), q (title, activity, "
                    + "place, conditions, council; full- and half-width alike). Sort keys: closesOn (default), startsOn, district, title, "
                    + "updatedAt. " + ApiDoc.SYNC + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "A page of posts")
    public Page<PostResponse> listVolunteerPosts(
            @QueryParam("status") @Parameter(example = "SUBMITTED") VolunteerPostStatus status,
            @QueryParam("districtId") @Parameter(example = "4") Long districtId,
            @QueryParam("wardId") @Parameter(example = "1") Long wardId,
            @QueryParam("published") @Parameter(example = "true") Boolean published,
            @QueryParam("q") @Parameter(example = "夏祭り") String q,
            @Valid @BeanParam PageParams page, @BeanParam SyncParams sync) {
        return posts.list(new VolunteerPosts.Filter(status, districtId, wardId, published, q), page, Keyset.of(page, sync));
    }

    @GET
    @Path("/volunteer-posts/{id}")
    @Operation(operationId = "getVolunteerPost", summary = "Get a volunteer post", description = ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The post")
    public RestResponse<PostResponse> getVolunteerPost(@PathParam("id") long id) {
        return Responses.ok(posts.get(id));
    }

    @POST
    @Path("/volunteer-posts")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Operation(operationId = "createVolunteerPost", summary = "Write a volunteer post (募集の作成)",
            description = "A draft (DRAFT) for the council named; its district is the council's. closesOn is not after the activity's last day. " + EDIT)
    @APIResponseSchema(value = PostResponse.class, responseCode = "201")
    public RestResponse<PostResponse> createVolunteerPost(@HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid PostRequest body) {
        return idempotency.run(idempotencyKey, body, () -> {
            PostResponse p = posts.create(body);
            return Responses.created("/api/v1/volunteer-posts/" + p.id(), p);
        });
    }

    @PUT
    @Path("/volunteer-posts/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Operation(operationId = "updateVolunteerPost", summary = "Change a volunteer post",
            description = "Replaces every field. A published post is changed by the office only; a closed one by nobody (409). " + EDIT)
    public RestResponse<PostResponse> updateVolunteerPost(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid PostRequest body) {
        return Responses.ok(posts.update(id, body, ifMatch));
    }

    @DELETE
    @Path("/volunteer-posts/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Operation(operationId = "deleteVolunteerPost", summary = "Delete a volunteer post",
            description = "Refused (409) once it has inquiries (close it instead), and for a liaison once it is published. " + EDIT)
    public void deleteVolunteerPost(@PathParam("id") long id, @HeaderParam("If-Match") @Parameter(example = "\"3\"") String ifMatch) {
        posts.delete(id, ifMatch);
    }

    @PUT
    @Path("/volunteer-posts/{id}/status")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Operation(operationId = "changeVolunteerPostStatus", summary = "Send, approve, return or close a post (申請・承認・差戻し・終了)",
            description = "SUBMITTED: a DRAFT or RETURNED post goes to the office. APPROVED (the office): a SUBMITTED post is published until "
                    + "its closing day (refused once that day has passed). RETURNED (the office): back to the poster with `note` (required). "
                    + "CLOSED: an APPROVED post leaves the public pages before its day. Any other move is 409. " + EDIT)
    public RestResponse<PostResponse> changeVolunteerPostStatus(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid StatusRequest body) {
        return Responses.ok(posts.move(id, body.status(), body.note(), ifMatch));
    }

    @GET
    @Path("/volunteer-posts/{id}/history")
    @Operation(operationId = "getVolunteerPostHistory", summary = "History of a volunteer post (変更履歴)",
            description = "Newest first, with its inquiries' relays; the senders' contact is redacted for callers who may not read it. " + ApiDoc.STAFF)
    public Page<AuditEventResponse> getVolunteerPostHistory(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        var p = posts.find(id);
        return audit.history("VolunteerPost", id, page, currentUser.canSeePersonalData(p.district.id));
    }

    @GET
    @Path("/volunteer-posts/{id}/inquiries")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Operation(operationId = "listVolunteerInquiries", summary = "Inquiries about a post (問い合わせ)",
            description = "Newest first, with the sender's name and contact (personal data) and whether the message reached the council. "
                    + "Who may call: ADMIN, OFFICE; LIAISON only for posts of their districts (others: 403).")
    @APIResponse(responseCode = "200", description = "The inquiries")
    public Page<InquiryResponse> listVolunteerInquiries(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        return Page.of(posts.inquiries(id), page);
    }

    @POST
    @Path("/volunteer-inquiries/{id}/relayed")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.LIAISON})
    @Operation(operationId = "markVolunteerInquiryRelayed", summary = "Record that an inquiry was passed on by hand (伝達済み)",
            description = "For a council without an e-mail address (or a message passed on by phone): the inquiry is relayed (HAND) by the "
                    + "caller. Repeating it changes nothing. If-Match: the inquiry's version. Who may call: ADMIN, OFFICE; LIAISON only for posts "
                    + "of their districts (others: 403).")
    public RestResponse<InquiryResponse> markVolunteerInquiryRelayed(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(posts.markRelayed(id, ifMatch));
    }

    // ---- public ---------------------------------------------------------------------------------

    @GET
    @Path("/public/volunteer-posts")
    @PermitAll
    @Operation(operationId = "listPublicVolunteerPosts", summary = "Open data: calls for volunteers (ボランティア募集)",
            description = "The posts approved by the office whose closing day has not passed, by closing day: the council, district, "
                    + "activity, place, dates, number wanted, conditions — never a contact (inquiries go through POST "
                    + "/public/volunteer-posts/{id}/inquiries). Filters districtId, wardId, q. " + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "A page of open posts")
    public Page<PublicPost> listPublicVolunteerPosts(
            @QueryParam("districtId") @Parameter(example = "4") Long districtId,
            @QueryParam("wardId") @Parameter(example = "1") Long wardId,
            @QueryParam("q") @Parameter(example = "夏祭り") String q,
            @Valid @BeanParam PageParams page) {
        return posts.publicList(districtId, wardId, q, page);
    }

    @GET
    @Path("/public/volunteer-posts/csv")
    @PermitAll
    @Produces(FileFormat.CSV_TYPE)
    @Operation(operationId = "getPublicVolunteerPostsCsv", summary = "Open data: calls for volunteers as CSV",
            description = "The open posts: UTF-8 with a byte order mark, CRLF, RFC 4180 quoting, columns 番号, 活動名, 団体名, 区, 校区, "
                    + "活動内容, 場所, 開始日, 終了日, 日時, 募集人数, 条件, 締切; a text that starts with = + - @ is written with a leading '. " + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "The file, as an attachment", headers = @Header(name = "Content-Disposition",
            description = "attachment; filename=\"volunteer-posts.csv\"", schema = @Schema(type = SchemaType.STRING,
                    examples = "attachment; filename=\"volunteer-posts.csv\"")),
            content = @Content(mediaType = FileFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "番号,活動名,団体名,区,校区,活動内容,場所,開始日,終了日,日時,募集人数,条件,締切\r\n"
                            + "12,夏祭りの会場設営,香椎校区自治協議会,東区,香椎,テント設営と片付け,香椎小学校 運動場,2027-07-25,2027-07-26,両日 8:00〜12:00,10,中学生以上,2027-07-10\r\n"))
    public Response getPublicVolunteerPostsCsv() {
        return Response.ok(posts.publicCsv(), FileFormat.CSV.contentType())
                .header("Content-Disposition", "attachment; filename=\"volunteer-posts.csv\"").build();
    }

    @GET
    @Path("/public/volunteer-posts/{id}")
    @PermitAll
    @Operation(operationId = "getPublicVolunteerPost", summary = "Open data: one call for volunteers",
            description = "404 unless it is open (approved and its closing day not passed). " + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "200", description = "The post")
    public PublicPost getPublicVolunteerPost(@PathParam("id") long id) {
        return posts.publicPost(id);
    }

    @POST
    @Path("/public/volunteer-posts/{id}/inquiries")
    @PermitAll
    @Operation(operationId = "sendVolunteerInquiry", summary = "Send an inquiry about a call for volunteers (問い合わせ)",
            description = "A visitor's message, name and e-mail (phone optional), with their consent that it goes to the posting council. "
                    + "kyodo keeps it, tells the district's liaisons and relays it to the council (by e-mail to the council's address, or by "
                    + "the liaison); the council's contact is never shown. `website` must be left empty. 404 unless the post is open. "
                    + "Limited per address like every anonymous call. " + ApiDoc.PUBLIC)
    @APIResponseSchema(value = InquiryReceipt.class, responseCode = "201")
    public RestResponse<InquiryReceipt> sendVolunteerInquiry(@PathParam("id") long id, @NotNull @Valid InquiryRequest body) {
        return RestResponse.status(RestResponse.Status.CREATED, posts.inquire(id, body));
    }
}
