package jp.kyodo.common.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Makes the response schemas say what the server sends. Jackson writes every component of a response record, so
 * every component is {@code required}; a component marked {@link Nullable} may be {@code null} (its type gains
 * {@code "null"}), or — in a record with {@code @JsonInclude(NON_NULL)} — is left out instead. Schemas that are also
 * used in request bodies keep the requirements of their validation annotations. A {@code $ref} never carries sibling
 * keywords other than a description.
 */
final class SchemaCompletion {

    private static final String PREFIX = "#/components/schemas/";

    private SchemaCompletion() {
    }

    static void complete(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> inResponses = new LinkedHashSet<>();
        Set<String> inRequests = new LinkedHashSet<>();
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                    .forEach(op -> collect(op, schemas, inResponses, inRequests)));
        }
        Map<String, Class<?>> classes = schemaClasses();
        for (String name : inResponses) {
            if (inRequests.contains(name)) {
                continue;
            }
            Schema schema = schemas.get(name);
            Class<?> type = classes.get(name);
            if (type == null && name.startsWith("Page") && schema.getProperties() != null
                    && schema.getProperties().keySet().containsAll(List.of("items", "total", "page", "size"))) {
                type = jp.kyodo.common.paging.Page.class;
            }
            if (type != null && type.isRecord()) {
                complete(schema, type);
            }
        }
        schemas.values().forEach(s -> cleanRefs(s, schemas));
    }

    /** Every component required unless left out when null; {@link Nullable} components gain the null type. */
    private static void complete(Schema schema, Class<?> type) {
        if (schema.getProperties() == null) {
            return;
        }
        JsonInclude classInclude = type.getAnnotation(JsonInclude.class);
        List<String> required = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            Schema property = schema.getProperties().get(c.getName());
            if (property == null) {
                continue;
            }
            boolean nullable = c.isAnnotationPresent(Nullable.class) && !c.getType().isPrimitive();
            JsonInclude include = c.getAnnotation(JsonInclude.class) != null ? c.getAnnotation(JsonInclude.class)
                    : classInclude;
            boolean omittedWhenNull = include != null && include.value() != JsonInclude.Include.ALWAYS;
            if (!nullable) {
                required.add(c.getName());
            } else if (omittedWhenNull) {
                continue;
            } else {
                required.add(c.getName());
                Map<String, Schema> properties = new java.util.LinkedHashMap<>(schema.getProperties());
                properties.put(c.getName(), nullable(property));
                schema.setProperties(properties);
            }
        }
        schema.setRequired(required);
    }

    private static Schema nullable(Schema property) {
        if (property.getRef() != null) {
            Schema s = OASFactory.createSchema()
                    .anyOf(List.of(OASFactory.createSchema().ref(property.getRef()),
                            OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
            s.setDescription(property.getDescription());
            return s;
        }
        List<Schema.SchemaType> types = property.getType() == null ? new ArrayList<>()
                : new ArrayList<>(property.getType());
        if (!types.isEmpty() && !types.contains(Schema.SchemaType.NULL)) {
            types.add(Schema.SchemaType.NULL);
            property.setType(types);
        }
        return property;
    }

    /**
     * A $ref stands alone (3.1 allows siblings, but generators mishandle them). A reference to a scalar schema
     * (LocalDate, OffsetDateTime …) is written out in place, so the property keeps its own examples.
     */
    private static void cleanRefs(Schema schema, Map<String, Schema> schemas) {
        if (schema == null) {
            return;
        }
        if (schema.getProperties() != null) {
            Map<String, Schema> properties = new java.util.LinkedHashMap<>();
            schema.getProperties().forEach((k, v) -> properties.put(k, describedRef(inlineScalar(v, schemas))));
            schema.setProperties(properties);
            properties.values().forEach(v -> cleanRefs(v, schemas));
        }
        if (schema.getItems() != null) {
            schema.setItems(inlineScalar(schema.getItems(), schemas));
            cleanRefs(schema.getItems(), schemas);
        }
        Stream.of(schema.getAnyOf(), schema.getOneOf(), schema.getAllOf()).filter(l -> l != null)
                .forEach(l -> l.forEach(v -> cleanRefs(v, schemas)));
        if (schema.getAdditionalPropertiesSchema() != null) {
            cleanRefs(schema.getAdditionalPropertiesSchema(), schemas);
        }
        if (schema.getRef() != null) {
            schema.setType(null);
            schema.setFormat(null);
            schema.setExamples(null);
        }
    }

    /**
     * A property that references a schema and describes itself: the description stays on the property and the
     * reference moves into a one-element {@code allOf}, so no $ref has a sibling keyword.
     */
    private static Schema describedRef(Schema property) {
        if (property.getRef() == null || property.getDescription() == null) {
            return property;
        }
        Schema wrapped = OASFactory.createSchema().description(property.getDescription())
                .allOf(List.of(OASFactory.createSchema().ref(property.getRef())));
        wrapped.setDefaultValue(property.getDefaultValue());
        return wrapped;
    }

    private static Schema inlineScalar(Schema property, Map<String, Schema> schemas) {
        if (property.getRef() == null || !property.getRef().startsWith(PREFIX)) {
            return property;
        }
        Schema target = schemas.get(property.getRef().substring(PREFIX.length()));
        if (target == null || target.getProperties() != null || target.getType() == null
                || target.getType().contains(Schema.SchemaType.OBJECT)
                || target.getType().contains(Schema.SchemaType.ARRAY) || target.getEnumeration() != null) {
            return property;
        }
        Schema inline = OASFactory.createSchema().type(new ArrayList<>(target.getType()));
        inline.setFormat(target.getFormat());
        inline.setPattern(target.getPattern());
        inline.setDescription(property.getDescription());
        inline.setExamples(property.getExamples() != null ? property.getExamples() : target.getExamples());
        return inline;
    }

    private static void collect(Operation op, Map<String, Schema> schemas, Set<String> inResponses,
            Set<String> inRequests) {
        RequestBody body = op.getRequestBody();
        if (body != null) {
            walk(body.getContent(), schemas, inRequests);
        }
        if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
            for (APIResponse r : op.getResponses().getAPIResponses().values()) {
                walk(r.getContent(), schemas, inResponses);
            }
        }
    }

    private static void walk(Content content, Map<String, Schema> schemas, Set<String> into) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        Deque<Schema> todo = new ArrayDeque<>();
        for (MediaType m : content.getMediaTypes().values()) {
            if (m.getSchema() != null) {
                todo.add(m.getSchema());
            }
        }
        while (!todo.isEmpty()) {
            Schema s = todo.pop();
            if (s.getRef() != null) {
                String name = s.getRef().substring(s.getRef().lastIndexOf('/') + 1);
                if (s.getRef().startsWith(PREFIX) && into.add(name) && schemas.get(name) != null) {
                    todo.add(schemas.get(name));
                }
                continue;
            }
            children(s).forEach(todo::add);
        }
    }

    private static List<Schema> children(Schema s) {
        List<Schema> out = new ArrayList<>();
        if (s.getProperties() != null) {
            out.addAll(s.getProperties().values());
        }
        if (s.getItems() != null) {
            out.add(s.getItems());
        }
        Stream.of(s.getAnyOf(), s.getOneOf(), s.getAllOf()).filter(l -> l != null).forEach(out::addAll);
        if (s.getAdditionalPropertiesSchema() != null) {
            out.add(s.getAdditionalPropertiesSchema());
        }
        return out;
    }

    /** The application's classes by schema name: the {@code @Schema(name)}, else a record's simple name. */
    static Map<String, Class<?>> schemaClasses() {
        Map<String, Class<?>> byName = new HashMap<>();
        Map<String, Class<?>> bySimpleName = new HashMap<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (String className : classNames(loader, "jp/kyodo/")) {
            try {
                Class<?> c = Class.forName(className, false, loader);
                org.eclipse.microprofile.openapi.annotations.media.Schema a = c
                        .getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
                if (a != null && !a.name().isEmpty()) {
                    byName.put(a.name(), c);
                } else if (c.isRecord()) {
                    bySimpleName.putIfAbsent(c.getSimpleName(), c);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // not an application class we can read: leave its schema as generated
            }
        }
        bySimpleName.forEach(byName::putIfAbsent);
        return byName;
    }

    private static Collection<String> classNames(ClassLoader loader, String root) {
        Set<String> names = new LinkedHashSet<>();
        try {
            Enumeration<URL> urls = loader.getResources(root);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                if ("file".equals(url.getProtocol())) {
                    Path dir = Path.of(url.toURI());
                    Path base = dir;
                    for (int i = 0; i < root.split("/").length; i++) {
                        base = base.getParent();
                    }
                    Path top = base;
                    try (Stream<Path> files = Files.walk(dir)) {
                        files.filter(f -> f.toString().endsWith(".class")).forEach(f -> names.add(
                                top.relativize(f).toString().replace('\\', '/').replace('/', '.').replace(".class", "")));
                    }
                } else if ("jar".equals(url.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) url.openConnection();
                    try (JarFile jar = connection.getJarFile()) {
                        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
                            String n = e.nextElement().getName();
                            if (n.startsWith(root) && n.endsWith(".class")) {
                                names.add(n.replace('/', '.').replace(".class", ""));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }
}
