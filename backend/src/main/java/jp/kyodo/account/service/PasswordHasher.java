package jp.kyodo.account.service;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import jp.kyodo.common.config.KyodoConfig;

/**
 * PBKDF2-HMAC-SHA256 password hashes in a self-describing format, {@code pbkdf2-sha256$iterations$salt$hash} (salt
 * and hash Base64 without padding). The legacy {@code pbkdf2$…} hashes (same algorithm, 120,000 iterations) still
 * verify and count as weaker, so they are replaced at the next successful sign-in.
 */
@Singleton
public class PasswordHasher {

    static final String ALGORITHM = "pbkdf2-sha256";
    private static final String LEGACY = "pbkdf2";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final int iterations;
    /**
     * Verified against when there is no real hash (unknown user, API-only user), so that costs the same time: the
     * current iterations with a random salt and random hash bytes. It need not be the hash of anything (no password
     * derives to random bytes but with chance 2^-256), so no key is derived for it, which kept startup busy for a
     * PBKDF2 run of the full strength before the first request.
     */
    private final Parsed dummy;

    @Inject
    public PasswordHasher(KyodoConfig config) {
        this(config.password().iterations());
    }

    PasswordHasher(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("kyodo.password.iterations must be positive");
        }
        this.iterations = iterations;
        byte[] salt = new byte[SALT_BYTES];
        byte[] hash = new byte[HASH_BITS / 8];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(hash);
        this.dummy = new Parsed(ALGORITHM, iterations, salt, hash);
    }

    public String hash(String password) {
        return hash(password, iterations);
    }

    static String hash(String password, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return ALGORITHM + "$" + iterations + "$" + b64(salt) + "$" + b64(derive(password, salt, iterations));
    }

    /**
     * Whether the password matches the stored hash. A null or unreadable hash is checked against a dummy hash of the
     * current strength, so "no such user" takes as long as "wrong password".
     */
    public boolean matches(String password, String stored) {
        Parsed p = parse(stored);
        if (p == null || password == null) {
            verify(password == null ? "" : password, dummy);
            return false;
        }
        return verify(password, p);
    }

    /** Whether the stored hash is weaker than (or older than the format of) what {@link #hash} makes today. */
    public boolean needsRehash(String stored) {
        Parsed p = parse(stored);
        return p == null || !p.algorithm.equals(ALGORITHM) || p.iterations < iterations;
    }

    private static boolean verify(String password, Parsed p) {
        return MessageDigest.isEqual(p.hash, derive(password, p.salt, p.iterations));
    }

    private record Parsed(String algorithm, int iterations, byte[] salt, byte[] hash) {
    }

    private static Parsed parse(String stored) {
        if (stored == null) {
            return null;
        }
        String[] p = stored.split("\\$");
        if (p.length != 4 || !(p[0].equals(ALGORITHM) || p[0].equals(LEGACY))) {
            return null;
        }
        try {
            int n = Integer.parseInt(p[1]);
            return n < 1 ? null : new Parsed(p[0], n, Base64.getDecoder().decode(p[2]), Base64.getDecoder().decode(p[3]));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
            try {
                return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            } finally {
                spec.clearPassword();
            }
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(byte[] b) {
        return Base64.getEncoder().withoutPadding().encodeToString(b);
    }
}
