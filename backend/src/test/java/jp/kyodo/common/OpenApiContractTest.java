package jp.kyodo.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.security.Authenticated;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import jp.kyodo.common.web.ApiDoc;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;

/** openapi.yaml at the repository root is the contract: it must equal what the server serves. */
@QuarkusTest
class OpenApiContractTest {

    static final Path CONTRACT = Path.of("..", "openapi.yaml");

    @Test
    void the_committed_contract_equals_what_the_server_serves() throws IOException {
        String served = given().get("/q/openapi?format=yaml").then().statusCode(200).extract().asString();
        Path actual = Path.of("target", "openapi-served.yaml");
        Files.writeString(actual, served, StandardCharsets.UTF_8);
        String committed = Files.exists(CONTRACT) ? Files.readString(CONTRACT, StandardCharsets.UTF_8) : "{}";
        // Compared as documents, not as text: key order is not part of the contract.
        com.fasterxml.jackson.databind.ObjectMapper yaml = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        if (!yaml.readTree(served).equals(yaml.readTree(committed))) {
            throw new AssertionError("openapi.yaml differs from what the server serves (written to " + actual
                    + "). Run `make openapi` and commit the result.");
        }
    }

    static List<Class<?>> resourceClasses() throws IOException {
        Path root = Path.of("target", "classes");
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("jp/kyodo"))) {
            for (Path p : files.filter(f -> f.toString().endsWith("Resource.class")).toList()) {
                String name = root.relativize(p).toString().replace('/', '.').replace(".class", "");
                try {
                    classes.add(Class.forName(name, false, Thread.currentThread().getContextClassLoader()));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return classes;
    }

    @Test
    void every_operation_declares_who_may_call_it_and_the_contract_says_the_same() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Class<?>> classes = resourceClasses();
        assertTrue(classes.size() >= 5, "found resources: " + classes);
        for (Class<?> c : classes) {
            for (Method m : c.getDeclaredMethods()) {
                boolean endpoint = Stream.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class)
                        .anyMatch(m::isAnnotationPresent);
                if (!endpoint) {
                    continue;
                }
                String where = c.getSimpleName() + "." + m.getName();
                RolesAllowed roles = m.getAnnotation(RolesAllowed.class);
                boolean permitAll = m.isAnnotationPresent(PermitAll.class);
                boolean authenticated = m.isAnnotationPresent(Authenticated.class);
                if (roles == null && !permitAll && !authenticated) {
                    roles = c.getAnnotation(RolesAllowed.class); // the resource's roles, unless the method says otherwise
                }
                if (roles == null && !permitAll && !authenticated) {
                    problems.add(where + " declares no @RolesAllowed / @PermitAll / @Authenticated");
                    continue;
                }
                Operation op = m.getAnnotation(Operation.class);
                if (op == null || op.operationId().isBlank() || op.summary().isBlank()) {
                    problems.add(where + " has no @Operation with operationId and summary");
                    continue;
                }
                String d = op.description();
                if (!d.contains("Who may call:")) {
                    problems.add(where + " description does not say who may call");
                } else if (permitAll != d.contains(ApiDoc.PUBLIC)) {
                    problems.add(where + " is " + (permitAll ? "public" : "protected") + " but its description says otherwise");
                } else if (roles != null) {
                    String said = d.substring(d.indexOf("Who may call:"));
                    for (String r : roles.value()) {
                        if (!said.contains(r) && !said.equals(ApiDoc.STAFF)) {
                            problems.add(where + " allows " + r + " but its description does not name it: " + said);
                        }
                    }
                    if (said.equals(ApiDoc.STAFF) && roles.value().length != 5) {
                        problems.add(where + " says any signed-in role but allows " + Arrays.toString(roles.value()));
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}
