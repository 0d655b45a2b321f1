package jp.kyodo.testing;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The access tests' matrix: every operation called as every caller. An allowed caller gets past security (no 401,
 * no 403, no server error); any other caller gets 401 when anonymous, 403 otherwise, as application/problem+json.
 */
public final class AccessMatrix {

    /** The caller without a token. */
    public static final String ANONYMOUS = "ANONYMOUS";

    /** The roles that keep the registry and its reference data. */
    public static final Set<String> OFFICE_ONLY = Set.of(Api.ADMIN, Api.OFFICE);

    public static final Set<String> ADMIN_ONLY = Set.of(Api.ADMIN);

    private AccessMatrix() {
    }

    /** One operation: its operationId, the callers it admits, and a call of it. */
    public record Op(String name, Set<String> allowed, Function<RequestSpecification, Response> call) {
    }

    /** The callers of a matrix but the anonymous one. */
    public static Set<String> signedIn(List<String> callers) {
        return callers.stream().filter(c -> !c.equals(ANONYMOUS)).collect(Collectors.toUnmodifiableSet());
    }

    /** What answered otherwise, one line per operation and caller (empty when all is as declared). */
    public static List<String> failures(List<Op> operations, List<String> callers, Map<String, String> tokens) {
        List<String> failures = new ArrayList<>();
        for (Op op : operations) {
            for (String caller : callers) {
                Response r = op.call().apply(Api.as(tokens.get(caller)));
                int status = r.statusCode();
                String as = op.name() + " as " + caller + ": ";
                if (op.allowed().contains(caller)) {
                    if (status == 401 || status == 403 || status >= 500) {
                        failures.add(as + "expected allowed, got " + status + " " + r.asString());
                    }
                    continue;
                }
                int expected = caller.equals(ANONYMOUS) ? 401 : 403;
                if (status != expected) {
                    failures.add(as + "expected " + expected + ", got " + status + " " + r.asString());
                } else if (!"application/problem+json".equals(r.contentType().split(";")[0])) {
                    failures.add(as + status + " as " + r.contentType() + ", not application/problem+json");
                }
            }
        }
        return failures;
    }
}
