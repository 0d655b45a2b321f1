package jp.kyodo.account.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import jp.kyodo.account.AccountDtos.ApiTokenRequest;
import jp.kyodo.account.AccountDtos.ApiTokenResponse;
import jp.kyodo.account.AccountDtos.MeResponse;
import jp.kyodo.account.AccountDtos.MySettingsRequest;
import jp.kyodo.account.AccountDtos.MySettingsResponse;
import jp.kyodo.account.AccountDtos.SessionResponse;
import jp.kyodo.account.AccountDtos.UserRequest;
import jp.kyodo.account.AccountDtos.UserResponse;
import jp.kyodo.account.AppUser;
import jp.kyodo.account.AuthToken;
import jp.kyodo.common.config.KyodoConfig;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.error.ProblemType;
import jp.kyodo.common.paging.Page;
import jp.kyodo.common.paging.PageParams;
import jp.kyodo.common.paging.SortSpec;
import jp.kyodo.common.persistence.Aggregate;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.security.IdentityScope;
import jp.kyodo.common.security.Roles;
import org.jboss.logging.Logger;

/** Accounts, sessions and API tokens. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AccountService {

    /** Sign-out, revocation and account changes drop remembered callers on every instance. */
    @Inject
    jp.kyodo.common.security.IdentityCache identities;

    @jakarta.inject.Inject
    java.time.Clock clock;

    private static final Logger LOG = Logger.getLogger(AccountService.class);

    @Inject
    KyodoConfig config;

    @Inject
    CurrentUser currentUser;

    @Inject
    jakarta.enterprise.inject.Instance<IdentityScope> scopes;

    @Inject
    Writes writes;

    @Inject
    PasswordHasher passwords;

    @Inject
    SignInGuard guard;

    /** Whether the daily digest is sent at all (the notification feature's switch; README). */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "kyodo-notifications.digest.enabled", defaultValue = "false")
    boolean digestAvailable;

    /** 利用者: history and 412 answers carry the API's representation (never the password hash). */
    static final Aggregate<AppUser> USER = Aggregate.<AppUser>of("User", u -> u.id, u -> u.version,
            AccountService::toResponse);

    /**
     * The same user edited through their own settings: the history entry is the user's (type User), a 412 carries
     * the settings the caller edited. Whoever may read the history of a user may read its address (ADMIN).
     */
    final Aggregate<AppUser> settingsAggregate() {
        return USER.withRepresentation(this::settings);
    }

    /** API token: not versioned (created and revoked, never edited); history without the secret. */
    static final Aggregate<AuthToken> API_TOKEN = Aggregate.<AuthToken>of("ApiToken", t -> t.id, t -> 0L,
            t -> toResponse(t, null));

    /** The first admin comes from configuration; there is no built-in default password in production. */
    @Transactional
    void bootstrapAdmin(@Observes StartupEvent ev) {
        if (AppUser.findByUsername(config.admin().username()).isPresent()) {
            return;
        }
        if (config.admin().password().isEmpty() || config.admin().password().get().isBlank()) {
            LOG.warn("No admin account yet and KYODO_ADMIN_PASSWORD is not set: nobody can sign in as admin");
            return;
        }
        createUser(config.admin().username(), "システム管理者", Roles.ADMIN, config.admin().password().get());
        LOG.infof("Created the first admin account '%s' from configuration", config.admin().username());
    }

    @Transactional
    public AppUser createUser(String username, String displayName, String role, String password) {
        AppUser u = newUser(username, displayName, role, password);
        u.persist();
        return u;
    }

    private AppUser newUser(String username, String displayName, String role, String password) {
        AppUser u = new AppUser();
        u.username = username;
        u.displayName = displayName;
        u.role = role;
        u.passwordHash = password == null ? null : passwords.hash(password);
        u.enabled = true;
        return u;
    }

    public record SignedIn(String token, OffsetDateTime expiresAt, MeResponse me) {
    }

    /**
     * Checks the password and opens a session. {@link SignInGuard} throttles by client address and by username (429
     * with Retry-After) without locking the owner out; an unknown username costs the same password check as a known
     * one; a hash weaker than today's strength is replaced with the password just proven.
     */
    @Transactional(dontRollbackOn = ProblemException.class)
    public SignedIn signIn(String username, String password, String clientAddress) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String address = SignInGuard.addressKey(clientAddress);
        SignInGuard.Verdict verdict = guard.check(username, address, now);
        AppUser user = AppUser.findByUsername(username).orElse(null);
        boolean matches = passwords.matches(password, user == null ? null : user.passwordHash);
        boolean ok = matches && user.enabled;
        guard.record(username, address, ok, now);
        if (!ok) {
            LOG.infof("sign-in failed for user=%s address=%s", username, address);
            if (verdict == SignInGuard.Verdict.OWNER_ONLY) {
                throw guard.lockedAfterFailure(username, now);
            }
            throw new ProblemException(ProblemType.UNAUTHENTICATED, "Wrong username or password");
        }
        if (passwords.needsRehash(user.passwordHash)) {
            // a bulk update: the new hash is no edit of the user (no version bump, no history entry)
            AppUser.update("passwordHash = ?1 where id = ?2", passwords.hash(password), user.id);
            LOG.infof("password hash of user=%s upgraded", user.username);
        }
        String token = Tokens.newToken();
        AuthToken t = new AuthToken();
        t.tokenHash = Tokens.hash(token);
        t.user = user;
        t.kind = AuthToken.SESSION;
        t.createdAt = now;
        t.expiresAt = now.plusHours(config.session().hours());
        t.persist();
        AuthToken.delete("user.id = ?1 and expiresAt < ?2", user.id, now);
        LOG.infof("sign-in user=%s role=%s", user.username, user.role);
        return new SignedIn(token, t.expiresAt, me(user, districtsOf(user)));
    }

    @Transactional
    public void signOut(String token) {
        if (token != null) {
            String hash = Tokens.hash(token);
            List<Long> users = AuthToken.<AuthToken>find("tokenHash = ?1 and kind = ?2", hash, AuthToken.SESSION).stream()
                    .map(t -> t.user.id).toList();
            AuthToken.delete("tokenHash = ?1 and kind = ?2", hash, AuthToken.SESSION);
            users.forEach(identities::changed);
        }
    }

    /** The caller's session (the cookie's), or 404 when the caller has none (an API token). */
    public SessionResponse currentSession(String token) {
        AuthToken t = token == null ? null : AuthToken.<AuthToken>find("tokenHash = ?1 and kind = ?2",
                Tokens.hash(token), AuthToken.SESSION).firstResult();
        if (t == null || !t.user.id.equals(currentUser.userId()) || !t.expiresAt.isAfter(OffsetDateTime.now(clock))) {
            throw ProblemException.notFound("Session", "current");
        }
        return new SessionResponse(t.expiresAt, currentMe());
    }

    public MeResponse currentMe() {
        AppUser u = AppUser.findById(currentUser.userId());
        return me(u, currentUser.districtIds().stream().sorted().toList());
    }

    private List<Long> districtsOf(AppUser u) {
        java.util.Set<Long> ids = new java.util.TreeSet<>();
        LocalDate d = LocalDate.now(clock);
        for (IdentityScope scope : scopes) {
            ids.addAll(scope.districtIds(AppUser.getEntityManager(), u.id, u.role, d));
        }
        return List.copyOf(ids);
    }

    private static MeResponse me(AppUser u, List<Long> districtIds) {
        return new MeResponse(u.id, u.username, u.displayName, u.role, districtIds, u.sectionId);
    }

    // ---- users ----------------------------------------------------------------------------

    /** Every field, the address included: for ADMIN, the history and the 412 of an admin's edit. */
    static UserResponse toResponse(AppUser u) {
        return toResponse(u, true);
    }

    /** The address is personal: only ADMIN reads it here (the user themself reads it in their settings). */
    static UserResponse toResponse(AppUser u, boolean withEmail) {
        return new UserResponse(u.id, u.username, u.displayName, u.role, u.enabled, u.passwordHash != null, u.sectionId,
                withEmail ? u.email : null, u.version, u.createdAt, u.updatedAt);
    }

    private UserResponse forCaller(AppUser u) {
        return toResponse(u, currentUser.hasRole(Roles.ADMIN));
    }

    // ---- the caller's own settings --------------------------------------------------------------

    public MySettingsResponse mySettings() {
        return settings(me());
    }

    /** The caller replaces their address and digest choice; a blank address removes it. */
    @Transactional
    public MySettingsResponse updateMySettings(MySettingsRequest r, String ifMatch) {
        return settings(writes.update(settingsAggregate(), me(), ifMatch, u -> {
            u.email = normalizedEmail(r.email());
            u.emailDigest = r.digest();
        }));
    }

    private AppUser me() {
        AppUser u = AppUser.findById(currentUser.userId());
        if (u == null) {
            throw ProblemException.notFound("User", currentUser.userId());
        }
        return u;
    }

    MySettingsResponse settings(AppUser u) {
        return new MySettingsResponse(u.email, u.emailDigest, digestAvailable, u.version);
    }

    /** Trimmed; blank means none. Addresses are kept as typed (the local part may be case-sensitive). */
    static String normalizedEmail(String email) {
        return email == null || email.isBlank() ? null : email.strip();
    }

    public Page<UserResponse> listUsers(String role, String q, PageParams p) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new java.util.HashMap<>();
        if (role != null && !role.isBlank()) {
            where.append(" and role = :role");
            params.put("role", role);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (lower(username) like :q or displayName like :q2)");
            params.put("q", "%" + q.toLowerCase() + "%");
            params.put("q2", "%" + q + "%");
        }
        String order = SortSpec.orderBy(p.sort, Map.of("username", "username", "displayName", "displayName",
                "role", "role"), "username", "id");
        long total = AppUser.count(where.toString(), params);
        List<AppUser> users = AppUser.<AppUser>find(where + order, params).page(p.page - 1, p.size).list();
        return new Page<>(users.stream().map(this::forCaller).toList(), total, p.page, p.size);
    }

    public UserResponse getUser(long id) {
        return forCaller(findUser(id));
    }

    private AppUser findUser(long id) {
        AppUser u = AppUser.findById(id);
        if (u == null) {
            throw ProblemException.notFound("User", id);
        }
        return u;
    }

    @Transactional
    public UserResponse createUser(UserRequest r) {
        if (AppUser.findByUsername(r.username()).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "Username '" + r.username() + "' is taken", null,
                    List.of(new jp.kyodo.common.error.FieldProblem("username", "already taken", "Unique")), null,
                    Map.of());
        }
        Long sectionId = checkSection(r);
        AppUser u = newUser(r.username(), r.displayName(), r.role(), r.password());
        u.enabled = r.enabled() == null || r.enabled();
        u.sectionId = sectionId;
        u.email = normalizedEmail(r.email());
        return toResponse(writes.create(USER, u));
    }

    @Transactional
    public UserResponse updateUser(long id, UserRequest r, String ifMatch) {
        UserResponse out = toResponse(writes.update(USER, findUser(id), ifMatch, u -> change(u, r)));
        identities.changed(id);
        return out;
    }

    private void change(AppUser u, UserRequest r) {
        if (!u.username.equals(r.username()) && AppUser.findByUsername(r.username()).isPresent()) {
            throw ProblemException.invalid("username", "already taken", "Unique");
        }
        Long sectionId = checkSection(r);
        u.username = r.username();
        u.displayName = r.displayName();
        u.role = r.role();
        u.sectionId = sectionId;
        if (r.enabled() != null) {
            u.enabled = r.enabled();
        }
        if (r.email() != null) {
            u.email = normalizedEmail(r.email());
        }
        if (r.password() != null) {
            u.passwordHash = passwords.hash(r.password());
            AuthToken.delete("user.id = ?1 and kind = ?2", u.id, AuthToken.SESSION);
        }
        if (!u.enabled) {
            AuthToken.delete("user.id", u.id);
        }
    }

    /** A section only for a DEPARTMENT user, and one that exists. */
    private static Long checkSection(UserRequest r) {
        if (r.sectionId() == null) {
            return null;
        }
        if (!Roles.DEPARTMENT.equals(r.role())) {
            throw ProblemException.invalid("sectionId", "only a DEPARTMENT user belongs to a section", "SectionRole");
        }
        if (jp.kyodo.department.Section.findById(r.sectionId()) == null) {
            throw ProblemException.invalid("sectionId", "no such section", "Exists");
        }
        return r.sectionId();
    }

    /** Gives a user a section (demo data and tests of other features use it). */
    @Transactional
    public void assignSection(String username, Long sectionId) {
        AppUser.findByUsername(username).ifPresent(u -> u.sectionId = sectionId);
    }

    // ---- API tokens -------------------------------------------------------------------------

    public Page<ApiTokenResponse> listTokens(PageParams p) {
        long total = AuthToken.count("kind", AuthToken.API);
        List<AuthToken> tokens = AuthToken.<AuthToken>find("from AuthToken t join fetch t.user where t.kind = ?1 order by t.id desc",
                AuthToken.API).page(p.page - 1, p.size).list();
        return new Page<>(tokens.stream().map(t -> toResponse(t, null)).toList(), total, p.page, p.size);
    }

    @Transactional
    public ApiTokenResponse createToken(ApiTokenRequest r) {
        AppUser u = findUser(r.userId());
        String token = Tokens.newToken();
        AuthToken t = new AuthToken();
        t.tokenHash = Tokens.hash(token);
        t.user = u;
        t.kind = AuthToken.API;
        t.name = r.name();
        t.createdAt = OffsetDateTime.now(clock);
        t.expiresAt = t.createdAt.plusDays(r.validDays() == null ? 365 : r.validDays());
        return toResponse(writes.create(API_TOKEN, t), token);
    }

    public ApiTokenResponse getToken(long id) {
        AuthToken t = AuthToken.findById(id);
        if (t == null || !AuthToken.API.equals(t.kind)) {
            throw ProblemException.notFound("API token", id);
        }
        return toResponse(t, null);
    }

    @Transactional
    public void revokeToken(long id) {
        AuthToken t = AuthToken.findById(id);
        if (t == null || !AuthToken.API.equals(t.kind)) {
            throw ProblemException.notFound("API token", id);
        }
        Long user = t.user.id;
        writes.delete(API_TOKEN, t);
        identities.changed(user);
    }

    private static ApiTokenResponse toResponse(AuthToken t, String secret) {
        return new ApiTokenResponse(t.id, t.name, t.user.username, t.user.role, t.createdAt, t.expiresAt, secret);
    }
}
