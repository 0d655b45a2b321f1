package jp.kyodo.webhook.rest;

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
import jakarta.ws.rs.core.MediaType;
import jp.kyodo.common.changes.Cursor;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.security.Roles;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Idempotency;
import jp.kyodo.common.web.Responses;
import jp.kyodo.webhook.WebhookDtos.DeliveryResponse;
import jp.kyodo.webhook.WebhookDtos.ReplayRequest;
import jp.kyodo.webhook.WebhookDtos.WebhookRequest;
import jp.kyodo.webhook.WebhookDtos.WebhookResponse;
import jp.kyodo.webhook.WebhookDtos.WebhookSecret;
import jp.kyodo.webhook.service.WebhookService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Webhook — kyodo pushes the change feed's events to the systems an admin registers (docs/integration.md). */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "integration")
@RolesAllowed(Roles.ADMIN)
public class WebhookResource {

    @Inject
    WebhookService webhooks;

    @Inject
    Idempotency idempotency;

    @GET
    @Operation(operationId = "listWebhooks", summary = "List webhook subscriptions (Webhook の一覧)",
            description = "Oldest first. Secrets are never listed. " + ApiDoc.ADMIN)
    @APIResponse(responseCode = "200", description = "A page of subscriptions")
    public Page<WebhookResponse> listWebhooks(@Valid @BeanParam PageParams page) {
        return webhooks.list(page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "Get a webhook subscription", description = ApiDoc.ADMIN)
    @APIResponse(responseCode = "200", description = "The subscription")
    public RestResponse<WebhookResponse> getWebhook(@PathParam("id") long id) {
        return Responses.ok(webhooks.get(id));
    }

    @POST
    @Operation(operationId = "createWebhook", summary = "Register a webhook subscription (Webhook の登録)",
            description = "kyodo generates the signing secret and answers it here once (and on rotate): keep it. Deliveries "
                    + "start with the changes made after this call (replay reaches back). " + ApiDoc.ADMIN)
    @APIResponseSchema(value = WebhookSecret.class, responseCode = "201")
    public RestResponse<WebhookSecret> createWebhook(@HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid WebhookRequest body) {
        return idempotency.run(idempotencyKey, body, () -> {
            WebhookSecret r = webhooks.create(body);
            return Responses.created("/api/v1/webhooks/" + r.webhook().id(), r);
        });
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateWebhook", summary = "Update, pause or resume a webhook subscription",
            description = "`active: false` pauses deliveries; `active: true` resumes them from the event that was held "
                    + "back, counting its failures afresh. " + ApiDoc.ADMIN)
    public RestResponse<WebhookResponse> updateWebhook(@PathParam("id") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch, @NotNull @Valid WebhookRequest body) {
        return Responses.ok(webhooks.update(id, body, ifMatch));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook subscription",
            description = "Its delivery log goes with it. " + ApiDoc.ADMIN)
    public void deleteWebhook(@PathParam("id") long id, @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        webhooks.delete(id, ifMatch);
    }

    @POST
    @Path("/{id}/secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate the signing secret",
            description = "A new secret, answered here once; deliveries from now on are signed with it. " + ApiDoc.ADMIN)
    @APIResponse(responseCode = "200", description = "The subscription with its new secret")
    public RestResponse<WebhookSecret> rotateWebhookSecret(@PathParam("id") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        return Responses.ok(webhooks.rotateSecret(id, ifMatch));
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log of a subscription (配信履歴)",
            description = "Every attempt, newest first: when, the receiver's status or the error, how long it took, when "
                    + "the next attempt is due. " + ApiDoc.ADMIN)
    @APIResponse(responseCode = "200", description = "A page of attempts")
    public Page<DeliveryResponse> listWebhookDeliveries(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
        return webhooks.deliveries(id, page);
    }

    @POST
    @Path("/{id}/replay")
    @Operation(operationId = "replayWebhook", summary = "Deliver again from a cursor",
            description = "Every event after `after` (a change feed cursor; left out: from the first event) is delivered "
                    + "again, in order. Receivers de-duplicate by Kyodo-Event-Id. " + ApiDoc.ADMIN)
    @APIResponse(responseCode = "200", description = "The subscription, rewound")
    public RestResponse<WebhookResponse> replayWebhook(@PathParam("id") long id, @NotNull @Valid ReplayRequest body) {
        return Responses.ok(webhooks.replay(id, Cursor.parse("after", body.after())));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/replay")
    @Operation(operationId = "replayWebhookDelivery", summary = "Deliver a logged event again",
            description = "The delivery's event is delivered again, and the events after it (deliveries keep the feed's "
                    + "order per subscription). " + ApiDoc.ADMIN)
    @APIResponse(responseCode = "200", description = "The subscription, rewound")
    public RestResponse<WebhookResponse> replayWebhookDelivery(@PathParam("id") long id,
            @PathParam("deliveryId") long deliveryId) {
        return Responses.ok(webhooks.replayDelivery(id, deliveryId));
    }
}
