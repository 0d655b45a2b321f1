package jp.kyodo.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import jp.kyodo.common.config.KyodoConfig;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.MovableClock;
import org.junit.jupiter.api.Test;

/**
 * Password guessing is throttled by client address and by username, yet nobody can lock the owner out; unknown
 * usernames cost as long as known ones; weak hashes are upgraded at sign-in. Each test plays clients behind the trusted
 * local proxy (X-Forwarded-For) with addresses of its own.
 */
@QuarkusTest
class SignInDefenceTest {

    private static final AtomicInteger HOST = new AtomicInteger(new SecureRandom().nextInt(50_000));

    @Inject
    KyodoConfig config;

    @Inject
    MovableClock clock;

    /** A client address no other test uses. */
    static String newAddress() {
        int n = HOST.incrementAndGet();
        return "198.18." + (n / 250 % 250) + "." + (n % 250 + 1);
    }

    static Response signIn(String address, String username, String password) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", address)
                .body(Map.of("username", username, "password", password)).post("/api/v1/sessions");
    }

    @Test
    void an_attacker_failing_from_elsewhere_cannot_lock_the_owner_out() {
        String owner = Api.createUser(Api.OFFICE);
        String attacker = newAddress();
        for (int i = 0; i < config.signIn().maxFailures(); i++) {
            signIn(attacker, owner, "guess-" + i).then().statusCode(401);
        }
        signIn(attacker, owner, "guess-again").then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue());
        // even the right password is refused from the address that has been guessing
        signIn(attacker, owner, Api.PASSWORD).then().statusCode(429);
        // the owner, from their own desk, gets in
        signIn(newAddress(), owner, Api.PASSWORD).then().statusCode(201).body("user.username", is(owner));
        // a wrong password from a fresh address does not get past the lock either
        signIn(newAddress(), owner, "guess-from-a-fresh-address").then().statusCode(429)
                .contentType("application/problem+json");
    }

    @Test
    void an_address_with_too_many_failures_is_refused_for_every_username() {
        String address = newAddress();
        for (int i = 0; i < config.signIn().addressMaxFailures(); i++) {
            signIn(address, Api.unique("nobody"), "guess").then().statusCode(401);
        }
        String user = Api.createUser(Api.COMMITTEE);
        Response refused = signIn(address, user, Api.PASSWORD);
        refused.then().statusCode(429).contentType("application/problem+json").body("status", is(429));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= config.signIn().windowMinutes() * 60L, "Retry-After " + retryAfter);
        signIn(newAddress(), user, Api.PASSWORD).then().statusCode(201);
    }

    @Test
    void a_locked_username_waits_longer_after_each_further_failure() {
        String user = Api.createUser(Api.DEPARTMENT);
        String address = newAddress();
        // whole seconds: the databases round what they store below the microsecond
        Instant start = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        clock.set(start);
        try {
            for (int i = 0; i < config.signIn().maxFailures(); i++) {
                signIn(address, user, "guess-" + i).then().statusCode(401);
            }
            long first = config.signIn().delaySeconds();
            assertEquals(Long.toString(first), signIn(address, user, "guess").then().statusCode(429).extract().header("Retry-After"));
            // the lock has passed: the password is checked again, and the next failure doubles the wait
            clock.set(start.plusSeconds(first + 1));
            signIn(address, user, "guess-after-the-wait").then().statusCode(401);
            assertEquals(Long.toString(2 * first), signIn(address, user, "guess").then().statusCode(429).extract().header("Retry-After"));
        } finally {
            clock.reset();
        }
    }

    @Test
    void an_unknown_username_takes_about_as_long_to_refuse_as_a_wrong_password() {
        String known = Api.createUser(Api.OFFICE);
        String address = newAddress();
        signIn(address, known, "warm-up").then().statusCode(401);
        signIn(address, Api.unique("nobody"), "warm-up").then().statusCode(401);
        List<Long> knownTimes = new ArrayList<>();
        List<Long> unknownTimes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            knownTimes.add(timed(address, known));
            unknownTimes.add(timed(address, Api.unique("nobody")));
        }
        long knownMedian = median(knownTimes);
        long unknownMedian = median(unknownTimes);
        assertTrue(unknownMedian * 2 >= knownMedian,
                "unknown " + unknownTimes + " ms against known " + knownTimes + " ms");
    }

    private static long timed(String address, String username) {
        long t = System.nanoTime();
        signIn(address, username, "wrong-password").then().statusCode(401);
        return (System.nanoTime() - t) / 1_000_000;
    }

    private static long median(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    @Test
    void a_weaker_password_hash_is_replaced_at_the_next_sign_in() throws Exception {
        String user = Api.createUser(Api.OFFICE);
        // as the first releases stored it: pbkdf2$iterations$salt$hash, with far fewer iterations
        String legacy = legacyHash(Api.PASSWORD, 1000);
        QuarkusTransaction.requiringNew().run(() -> AppUser.update("passwordHash = ?1 where username = ?2", legacy, user));
        signIn(newAddress(), user, Api.PASSWORD).then().statusCode(201);
        String stored = QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(user).orElseThrow().passwordHash);
        assertTrue(stored.startsWith("pbkdf2-sha256$" + config.password().iterations() + "$"), stored);
        signIn(newAddress(), user, Api.PASSWORD).then().statusCode(201);
        signIn(newAddress(), user, "not-the-password").then().statusCode(401);
    }

    private static String legacyHash(String password, int iterations) throws Exception {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "pbkdf2$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }
}
