package jp.kyodo.common.web;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import jp.kyodo.common.json.StrictJson;

/**
 * Path and query parameters are read as strictly as bodies: {@code fiscalYear=abc}, {@code size=1.5},
 * {@code level=REGION} or a date out of range are a 400 naming the parameter — not the 404 that Jakarta REST
 * prescribes for a value it cannot convert (which would tell a client the resource does not exist).
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    /** A parameter value that cannot be read; {@code ProblemMappers} turns it into a 400 naming the parameter. */
    public static final class BadParameter extends BadRequestException {

        private final String name;
        private final String reason;

        BadParameter(String name, String reason) {
            super(name + ": " + reason);
            this.name = name;
            this.reason = reason;
        }

        public String name() {
            return name;
        }

        public String reason() {
            return reason;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == String.class) {
            return (ParamConverter<T>) converter(name, "text without control characters", StrictParameters::text, false);
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(name, "a whole number", Long::valueOf);
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name, "a whole number", Integer::valueOf);
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) converter(name, "true or false", StrictParameters::bool);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, "a date written yyyy-mm-dd between " + StrictJson.MIN_DATE + " and "
                    + StrictJson.MAX_DATE, StrictParameters::date);
        }
        if (rawType == OffsetDateTime.class) {
            return (ParamConverter<T>) converter(name, "a time written yyyy-mm-ddThh:mm:ss with an offset (Z or +09:00, "
                    + "'+' encoded as %2B) between " + StrictJson.MIN_DATE + " and " + StrictJson.MAX_DATE,
                    StrictParameters::dateTime);
        }
        if (rawType.isEnum()) {
            Object[] values = rawType.getEnumConstants();
            return (ParamConverter<T>) converter(name, "one of " + Arrays.toString(values), s -> {
                for (Object v : values) {
                    if (((Enum<?>) v).name().equals(s)) {
                        return v;
                    }
                }
                throw new IllegalArgumentException(s);
            });
        }
        return null;
    }

    private static String name(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
        }
        return null;
    }

    private static String text(String s) {
        if (StrictJson.forbiddenCharacter(s) >= 0) {
            throw new IllegalArgumentException("control character");
        }
        return s;
    }

    private static Boolean bool(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(s);
        };
    }

    private static LocalDate date(String s) {
        LocalDate d = LocalDate.parse(s);
        if (d.isBefore(StrictJson.MIN_DATE) || d.isAfter(StrictJson.MAX_DATE)) {
            throw new IllegalArgumentException(s);
        }
        return d;
    }

    private static OffsetDateTime dateTime(String s) {
        OffsetDateTime t = OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        LocalDate d = t.toLocalDate();
        if (d.isBefore(StrictJson.MIN_DATE) || d.isAfter(StrictJson.MAX_DATE)) {
            throw new IllegalArgumentException(s);
        }
        return t;
    }

    private static <V> ParamConverter<V> converter(String name, String expected, Function<String, V> parse) {
        return converter(name, expected, parse, true);
    }

    private static <V> ParamConverter<V> converter(String name, String expected, Function<String, V> parse,
            boolean trim) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(trim ? value.trim() : value);
                } catch (NumberFormatException | DateTimeParseException e) {
                    throw new BadParameter(name, expected + " expected");
                } catch (IllegalArgumentException e) {
                    throw new BadParameter(name, expected + " expected");
                }
            }

            @Override
            public String toString(V value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
