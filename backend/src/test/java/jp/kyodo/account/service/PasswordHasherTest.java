package jp.kyodo.account.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.WithDefault;
import jp.kyodo.common.config.KyodoConfig;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1000);

    @Test
    void production_hashes_follow_owasp_at_least_600000_pbkdf2_sha256_iterations() throws Exception {
        String production = KyodoConfig.Password.class.getMethod("iterations").getAnnotation(WithDefault.class).value();
        assertTrue(Integer.parseInt(production) >= 600_000, production);
    }

    @Test
    void a_hash_names_its_algorithm_and_iterations_and_verifies_only_its_password() {
        String h = hasher.hash("correct horse");
        assertTrue(h.matches("pbkdf2-sha256\\$1000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), h);
        assertTrue(hasher.matches("correct horse", h));
        assertFalse(hasher.matches("correct horse ", h));
        assertFalse(hasher.needsRehash(h));
    }

    @Test
    void weaker_legacy_and_unreadable_hashes_need_a_rehash_and_unreadable_ones_never_match() {
        assertTrue(hasher.needsRehash(PasswordHasher.hash("pw", 999)));
        assertTrue(hasher.needsRehash(PasswordHasher.hash("pw", 1000).replaceFirst("pbkdf2-sha256", "pbkdf2")));
        assertTrue(hasher.matches("pw", PasswordHasher.hash("pw", 999)));
        assertTrue(hasher.matches("pw", PasswordHasher.hash("pw", 1000).replaceFirst("pbkdf2-sha256", "pbkdf2")));
        for (String unreadable : new String[] {null, "", "plain", "md5$1$a$b", "pbkdf2-sha256$x$a$b", "pbkdf2-sha256$0$a$b",
                "pbkdf2-sha256$10$!!$b"}) {
            assertFalse(hasher.matches("pw", unreadable), unreadable);
            assertTrue(hasher.needsRehash(unreadable), unreadable);
        }
    }
}
