package jp.kyodo.notification.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.notification.NotificationDtos.NotificationResponse;
import jp.kyodo.notification.NotificationDtos.UnreadCount;
import jp.kyodo.notification.service.NotificationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** お知らせ: the signed-in user's own notifications (the bell). */
@Path("/api/v1/me/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "notification", description = "お知らせ — in-app notifications (the bell) and the daily e-mail digest")
public class NotificationResource {

    @Inject
    NotificationService notifications;

    @Inject
    CurrentUser user;

    @GET
    @Authenticated
    @Operation(operationId = "listMyNotifications", summary = "My notifications (お知らせ)",
            description = "The caller's own notifications, newest first; with unreadFirst=true the unread ones come first. "
                    + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "A page of notifications")
    public Page<NotificationResponse> listMyNotifications(
            @QueryParam("unreadFirst") @DefaultValue("false") @Parameter(description = "Unread ones first", example = "true") boolean unreadFirst,
            @Valid @BeanParam PageParams page) {
        return notifications.mine(user.userId(), unreadFirst, page);
    }

    @GET
    @Path("/unread-count")
    @Authenticated
    @Operation(operationId = "countMyUnreadNotifications", summary = "Unread notifications (未読件数)",
            description = "How many of the caller's notifications are unread (the bell's number). " + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The count")
    public UnreadCount countMyUnreadNotifications() {
        return new UnreadCount(notifications.unread(user.userId()));
    }

    @POST
    @Path("/{id}/read")
    @Authenticated
    @Operation(operationId = "markNotificationRead", summary = "Mark a notification read (既読にする)",
            description = "Marks one of the caller's notifications read (again: unchanged). Another user's notification is 404. "
                    + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The notification, read")
    public NotificationResponse markNotificationRead(@PathParam("id") @Parameter(example = "12") long id) {
        return notifications.markRead(user.userId(), id);
    }

    @POST
    @Path("/read-all")
    @Authenticated
    @Operation(operationId = "markAllNotificationsRead", summary = "Mark all notifications read (すべて既読にする)",
            description = "Marks every unread notification of the caller read; answers the unread count afterwards (0). "
                    + ApiDoc.STAFF)
    @APIResponse(responseCode = "200", description = "The unread count afterwards")
    public UnreadCount markAllNotificationsRead() {
        return new UnreadCount(notifications.markAllRead(user.userId()));
    }
}
