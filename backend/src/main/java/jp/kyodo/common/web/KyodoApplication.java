package jp.kyodo.common.web;

import jakarta.ws.rs.core.Application;
import jp.kyodo.common.error.Problem;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The API's top-level OpenAPI metadata: tags (one per feature) and the two ways to authenticate. */
@OpenAPIDefinition(
        info = @Info(title = "kyodo API", version = "1.0.0"),
        components = @Components(responses = {
                        @APIResponse(name = "BadRequest", responseCode = "400", description = "Invalid request: the `errors` list names each invalid field",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "BadRequest", value = "{\"type\":\"https://kyodo.example.jp/problems/validation\",\"title\":\"Invalid request\",\"status\":400,\"detail\":\"1 field(s) are invalid\",\"instance\":\"/api/v1/organizations/120/membership-figures/2025\",\"errors\":[{\"field\":\"memberHouseholds\",\"message\":\"must not exceed households (420)\",\"code\":\"NotAboveHouseholds\"}]}"))),
                        @APIResponse(name = "Unauthorized", responseCode = "401", description = "Not signed in, or the token is unknown or expired",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "Unauthorized", value = "{\"type\":\"https://kyodo.example.jp/problems/unauthenticated\",\"title\":\"Sign-in required\",\"status\":401,\"detail\":\"Sign in or send a valid bearer token\",\"instance\":\"/api/v1/me\"}"))),
                        @APIResponse(name = "Forbidden", responseCode = "403", description = "Signed in, but the caller's role (or district assignment) does not allow this, or the request comes from an origin that is not allowed",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "Forbidden", value = "{\"type\":\"https://kyodo.example.jp/problems/forbidden\",\"title\":\"Not allowed\",\"status\":403,\"detail\":\"Only the office, or a liaison assigned to this district, may change it\",\"instance\":\"/api/v1/organizations/120\"}"))),
                        @APIResponse(name = "NotFound", responseCode = "404", description = "No such resource",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "NotFound", value = "{\"type\":\"https://kyodo.example.jp/problems/not-found\",\"title\":\"Not found\",\"status\":404,\"detail\":\"District 9999 does not exist\",\"instance\":\"/api/v1/districts/9999\"}"))),
                        @APIResponse(name = "NotAcceptable", responseCode = "406", description = "The Accept header asks for a media type this operation cannot produce",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "NotAcceptable", value = "{\"type\":\"https://kyodo.example.jp/problems/not-acceptable\",\"title\":\"Not acceptable\",\"status\":406,\"detail\":\"Cannot produce the requested media type\",\"instance\":\"/api/v1/organization-kinds\"}"))),
                        @APIResponse(name = "Conflict", responseCode = "409", description = "The change conflicts with the current state (duplicate key, dependent records, concurrent write)",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "Conflict", value = "{\"type\":\"https://kyodo.example.jp/problems/conflict\",\"title\":\"Conflict\",\"status\":409,\"detail\":\"The district still has 14 organizations; move or delete them first\",\"instance\":\"/api/v1/districts/12\"}"))),
                        @APIResponse(name = "PreconditionFailed", responseCode = "412", description = "Stale version: someone changed the record after you read it. `current` holds the current representation; the ETag header its version",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "PreconditionFailed", value = "{\"type\":\"https://kyodo.example.jp/problems/stale-version\",\"title\":\"The record was changed by someone else\",\"status\":412,\"detail\":\"Someone else changed this record after you loaded it (your version \\\"1\\\", current \\\"2\\\"). Reload, re-apply your change and save again.\",\"instance\":\"/api/v1/organizations/120/membership-figures/2025\",\"current\":{\"fiscalYear\":2025,\"households\":420,\"memberHouseholds\":352,\"version\":2}}"))),
                        @APIResponse(name = "UnsupportedMediaType", responseCode = "415", description = "The body's media type is not accepted here",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "UnsupportedMediaType", value = "{\"type\":\"https://kyodo.example.jp/problems/unsupported-media-type\",\"title\":\"Unsupported media type\",\"status\":415,\"detail\":\"This media type is not accepted here\",\"instance\":\"/api/v1/districts\"}"))),
                        @APIResponse(name = "PreconditionRequired", responseCode = "428", description = "If-Match is required for this change",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "PreconditionRequired", value = "{\"type\":\"https://kyodo.example.jp/problems/version-required\",\"title\":\"If-Match header required\",\"status\":428,\"detail\":\"Send If-Match with the ETag of the representation you edited\",\"instance\":\"/api/v1/organizations/120\"}"))),
                        @APIResponse(name = "UnprocessableContent", responseCode = "422", description = "The Idempotency-Key was already used with a different request; nothing was saved",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "UnprocessableContent", value = "{\"type\":\"https://kyodo.example.jp/problems/idempotency-key-reused\",\"title\":\"Idempotency key reused with a different request\",\"status\":422,\"detail\":\"This Idempotency-Key was used with another request body\",\"instance\":\"/api/v1/organizations\"}"))),
                        @APIResponse(name = "TooManyRequests", responseCode = "429", description = "Too many requests: the caller's rate limit for this window is used up (RateLimit says which budget), or, on sign-in, too many failed sign-ins. Nothing was changed; retry after Retry-After seconds",
                                headers = @Header(name = "Retry-After", description = "Seconds to wait before retrying", schema = @Schema(type = SchemaType.INTEGER, examples = "42")),
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "TooManyRequests", value = "{\"type\":\"https://kyodo.example.jp/problems/too-many-requests\",\"title\":\"Too many attempts\",\"status\":429,\"detail\":\"Rate limit reached: at most 600 requests per 60 seconds (signed-in); try again in 42 seconds\",\"instance\":\"/api/v1/districts\"}"))),
                        @APIResponse(name = "OriginNotAllowed", responseCode = "403", description = "A cross-origin request from an origin that is not allowed (KYODO_CORS_ORIGINS)",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "OriginNotAllowed", value = "{\"type\":\"https://kyodo.example.jp/problems/cors-origin\",\"title\":\"Origin not allowed\",\"status\":403,\"detail\":\"Requests from https://evil.example are not allowed\",\"instance\":\"/api/v1/districts\"}"))),
                        @APIResponse(name = "ContentTooLarge", responseCode = "413", description = "The body is larger than the limit (20 MB)",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "ContentTooLarge", value = "{\"type\":\"https://kyodo.example.jp/problems/content-too-large\",\"title\":\"Content too large\",\"status\":413,\"detail\":\"The body is larger than 20971520 bytes\",\"instance\":\"/api/v1/districts\"}"))),
                        @APIResponse(name = "UriTooLong", responseCode = "414", description = "The request target is longer than 8,192 characters",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "UriTooLong", value = "{\"type\":\"https://kyodo.example.jp/problems/uri-too-long\",\"title\":\"URI too long\",\"status\":414,\"detail\":\"The request target is longer than 8192 characters\",\"instance\":\"/api/v1/districts\"}"))),
                        @APIResponse(name = "InternalError", responseCode = "500", description = "Unexpected server error (details are logged, never returned)",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "InternalError", value = "{\"type\":\"https://kyodo.example.jp/problems/internal\",\"title\":\"Internal error\",\"status\":500,\"detail\":\"The server could not complete the request\",\"instance\":\"/api/v1/districts\"}"))),
                        @APIResponse(name = "ServiceUnavailable", responseCode = "503", description = "The database cannot be reached at the moment (restart, outage). Retry after Retry-After seconds; a POST with the same Idempotency-Key is safe to retry. A signed-in caller's session is still good: it could not be checked, it was not refused",
                                headers = @Header(name = "Retry-After", description = "Seconds to wait before retrying", schema = @Schema(type = SchemaType.INTEGER, examples = "5")),
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "ServiceUnavailable", value = "{\"type\":\"https://kyodo.example.jp/problems/service-unavailable\",\"title\":\"Service temporarily unavailable\",\"status\":503,\"detail\":\"The database cannot be reached at the moment; try again shortly (a POST with the same Idempotency-Key is safe to retry)\",\"instance\":\"/api/v1/districts\"}")))
        }),
        tags = {
                @Tag(name = "account", description = "サインイン・アカウント / sign-in, accounts and API tokens"),
                @Tag(name = "registry", description = "地域団体台帳 / wards, school districts, organizations, officers, liaison assignments"),
                @Tag(name = "membership", description = "加入世帯数・加入率 / membership figures and join rates"),
                @Tag(name = "transfer", description = "取込・出力 / import and export as CSV (UTF-8 with BOM) and Excel (.xlsx)"),
                @Tag(name = "departments", description = "局・部・課 / the city's bureaus, departments and sections (reference data)"),
                @Tag(name = "requests", description = "依頼等 / city requests to communities: inventory, rules, warnings, burden and calendars"),
                @Tag(name = "review", description = "見直し / the yearly review of requests: self-assessment, decisions, compensation, reduction dashboard"),
                @Tag(name = "plans", description = "計画 / plans as trees of pillars, directions and measures; initiatives with targets, milestones and placements (【再掲】)"),
                @Tag(name = "progress", description = "進捗 / progress reports per initiative and period, behind-target detection, live indicators, the plan dashboard"),
                @Tag(name = "committee", description = "推進委員会 / the promotion committee: members and meetings"),
                @Tag(name = "evaluations", description = "評価 / the committee's evaluations per initiative and year: rating scale, evaluation sheet, finalization, corrections"),
                @Tag(name = "publication", description = "公表 / publishing a year's report (an immutable snapshot; corrections add revisions)"),
                @Tag(name = "public", description = "公開 / published reports and open data, readable by anyone without signing in"),
                @Tag(name = "operations", description = "運用 / what the web app reports to the server (errors in the browser)")
        })
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = "session", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.COOKIE,
                apiKeyName = "kyodo_session", description = "Session cookie set by POST /api/v1/sessions (the SPA)"),
        @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
                description = "API token issued by an admin (POST /api/v1/api-tokens), for other city systems")
})
public class KyodoApplication extends Application {
}
