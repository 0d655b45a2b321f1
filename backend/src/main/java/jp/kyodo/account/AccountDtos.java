package jp.kyodo.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Nullable;
import jp.kyodo.common.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the account feature. */
public final class AccountDtos {

    private AccountDtos() {
    }

    @Schema(name = "SignInRequest", description = "サインイン / staff sign-in")
    public record SignInRequest(
            @NotBlank @Size(max = 64) @Schema(examples = "office") String username,
            @NotBlank @Size(max = 200) @Schema(examples = "office-demo-pass") String password) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Me", description = "The signed-in caller: role and, for a liaison, the districts assigned today")
    public record MeResponse(
            @Schema(examples = "3") Long id,
            @Schema(examples = "liaison") String username,
            @Schema(examples = "博多 花子") String displayName,
            @Schema(examples = "LIAISON", enumeration = {"ADMIN", "OFFICE", "DEPARTMENT", "LIAISON", "COMMITTEE"}) String role,
            @Schema(description = "Districts the caller may edit (liaison only; empty for other roles)") List<Long> districtIds,
            @Schema(description = "課 / the section of a DEPARTMENT user (absent for other roles)", examples = "12") @Nullable Long sectionId) {
    }

    @Schema(name = "Session", description = "A started session; the token is also set as the HttpOnly cookie kyodo_session")
    public record SessionResponse(
            @Schema(examples = "2026-11-22T19:00:00+09:00") OffsetDateTime expiresAt,
            MeResponse user) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "User", description = "職員アカウント / a staff or system account")
    public record UserResponse(
            @Schema(examples = "3") Long id,
            @Schema(examples = "liaison") String username,
            @Schema(examples = "博多 花子") String displayName,
            @Schema(examples = "LIAISON", enumeration = {"ADMIN", "OFFICE", "DEPARTMENT", "LIAISON", "COMMITTEE"}) String role,
            @Schema(examples = "true") boolean enabled,
            @Schema(description = "Whether the account can sign in with a password (system accounts use API tokens only)") boolean hasPassword,
            @Schema(description = "課 / the section of a DEPARTMENT user (absent for other roles)", examples = "12") @Nullable Long sectionId,
            @Schema(description = "メールアドレス for the notification digest. Personal: returned to ADMIN only (absent for OFFICE, and when none is set)",
                    examples = "hakata.hanako@example.jp") @Nullable String email,
            @Schema(examples = "0") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "UserInput", description = "Create or update an account. Omit password to keep it (update) or to make a token-only system account (create).")
    public record UserRequest(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") @Schema(examples = "liaison2") String username,
            @NotBlank @Size(max = 100) @Schema(examples = "天神 一郎") String displayName,
            @NotNull @Pattern(regexp = "ADMIN|OFFICE|DEPARTMENT|LIAISON|COMMITTEE") @Schema(examples = "LIAISON", enumeration = {"ADMIN", "OFFICE", "DEPARTMENT", "LIAISON", "COMMITTEE"}) String role,
            @Size(min = 10, max = 200) @Schema(description = "At least 10 characters", examples = "correct-horse-battery") String password,
            @Schema(examples = "true") Boolean enabled,
            @Schema(description = "課 / the section a DEPARTMENT user belongs to (see GET /api/v1/sections); only for role DEPARTMENT. A DEPARTMENT user without a section may read but not write requests.", examples = "12") @Positive Long sectionId,
            @Size(max = EMAIL_MAX) @Email(regexp = EMAIL_PATTERN, message = EMAIL_MESSAGE)
            @Schema(description = "メールアドレス for the daily notification digest. Omit it to keep the stored one (update) or to set none (create); an empty string removes it.",
                    examples = "tenjin.ichiro@example.jp") String email) {
    }

    /** The longest address the column holds. */
    public static final int EMAIL_MAX = 200;

    /**
     * Beyond Bean Validation's @Email (which takes "a@b"): a domain with a dot, as mail between offices needs. Empty
     * is allowed: it removes the address.
     */
    public static final String EMAIL_PATTERN = "|[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    static final String EMAIL_MESSAGE = "must be an e-mail address (name@example.jp)";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "MySettings", description = "個人設定 / the signed-in user's own settings: the e-mail address for the daily digest of unread notifications (お知らせのまとめ) and whether to receive it")
    public record MySettingsResponse(
            @Schema(description = "メールアドレス (absent when none is set)", examples = "hakata.hanako@example.jp") @Nullable String email,
            @Schema(description = "Whether the user wants the daily digest at that address", examples = "true") boolean digest,
            @Schema(description = "Whether this server sends digests at all (the office switches them on together with its mail server); when false nothing is sent whatever the user chooses", examples = "true") boolean digestAvailable,
            @Schema(examples = "4") long version) implements Versioned {
    }

    @Schema(name = "MySettingsInput", description = "Replace the signed-in user's own settings (PUT with If-Match)")
    public record MySettingsRequest(
            @Size(max = EMAIL_MAX) @Email(regexp = EMAIL_PATTERN, message = EMAIL_MESSAGE)
            @Schema(description = "メールアドレス; omit it, or send an empty string, to remove the address (no digest then)", examples = "hakata.hanako@example.jp") String email,
            @NotNull @Schema(description = "Receive the daily digest of unread notifications at that address", examples = "true") Boolean digest) {
    }

    @Schema(name = "ApiTokenInput", description = "APIトークンの発行 / issue a token for another city system")
    public record ApiTokenRequest(
            @NotBlank @Size(max = 100) @Schema(examples = "住民基本台帳統計連携") String name,
            @NotNull @Schema(description = "The account the token acts as", examples = "7") @Positive Long userId,
            @Min(1) @Max(730) @Schema(description = "Days until it expires (default 365)", examples = "365") Integer validDays) {
    }

    @Schema(name = "ApiToken", description = "An API token. The secret `token` is returned once, on creation only.")
    public record ApiTokenResponse(
            @Schema(examples = "12") Long id,
            @Schema(examples = "住民基本台帳統計連携") String name,
            @Schema(examples = "stats-system") String username,
            @Schema(examples = "OFFICE") String role,
            OffsetDateTime createdAt,
            OffsetDateTime expiresAt,
            @Schema(description = "The bearer token (creation response only)", examples = "q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c") @Nullable String token) {
    }
}
