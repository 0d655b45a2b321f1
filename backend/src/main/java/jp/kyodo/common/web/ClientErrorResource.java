package jp.kyodo.common.web;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/**
 * 画面のエラー報告 — the web app reports an error that blanked a page (caught by its error boundary), so that it
 * shows up in the server's log next to the requests that led to it. Nothing is stored.
 */
@Path("/api/v1/client-errors")
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "operations")
public class ClientErrorResource {

    private static final Logger LOG = Logger.getLogger("jp.kyodo.client");

    @Schema(name = "ClientError", description = "画面のエラー / an error the web app caught while showing a page")
    public record ClientError(
            @NotBlank @Size(max = 500) @Schema(description = "The error's message", examples = "Cannot read properties of null (reading 'name')") String message,
            @NotBlank @Size(max = 300) @Schema(description = "The page's path", examples = "/districts/12") String path,
            @Size(max = 4000) @Schema(description = "Stack and component trace, as the browser gives them", examples = "at DistrictFacts (district-facts.tsx:40)") String stack,
            @Size(max = 300) @Schema(description = "The browser", examples = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X)") String userAgent) {
    }

    @POST
    @PermitAll
    @Operation(operationId = "reportClientError", summary = "Report an error of the web app (画面のエラー報告)",
            description = "Written to the server's log (category jp.kyodo.client) with the caller's name when signed in; "
                    + "nothing is stored or answered. " + ApiDoc.PUBLIC)
    @APIResponse(responseCode = "204", description = "Logged")
    public void reportClientError(@jakarta.validation.constraints.NotNull @Valid ClientError body, @Context SecurityContext security) {
        String who = security.getUserPrincipal() == null ? "anonymous" : security.getUserPrincipal().getName();
        // One line per report: line breaks of the stack are shown, never written, so a report cannot forge log lines.
        LOG.warnf("client error user=%s path=%s message=%s ua=%s stack=%s", who, oneLine(body.path()),
                oneLine(body.message()), oneLine(body.userAgent()), oneLine(body.stack()));
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace("\r", "").replace("\n", " ⏎ ").replace("\t", " ");
    }
}
