package jp.kyodo.testing;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class's fixtures, built once through the API before its first test:
 * {@code @RegisterExtension static final Fixtures FIXTURES = Fixtures.of(SomeTest::fixtures);}. It runs in the
 * first {@code beforeEach}, after Quarkus has pointed RestAssured at the app (which a JUnit {@code @BeforeAll}
 * cannot rely on), and never again for the class.
 */
public final class Fixtures implements BeforeEachCallback {

    private final Runnable build;
    private boolean built;

    private Fixtures(Runnable build) {
        this.build = build;
    }

    public static Fixtures of(Runnable build) {
        return new Fixtures(build);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!built) {
            built = true;
            build.run();
        }
    }
}
