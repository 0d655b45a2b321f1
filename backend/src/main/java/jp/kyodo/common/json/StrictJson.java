package jp.kyodo.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Request bodies are read strictly, so that what is stored is what the client meant: a repeated key, text after
 * the document, an unknown property, a number where a date or a string belongs, an enum's ordinal, a fraction
 * where a whole number belongs, a string where a number belongs, control characters in text and dates outside
 * {@link #MIN_DATE}…{@link #MAX_DATE} are all refused with a 400 naming the field (see
 * {@code ProblemMappers}). Line breaks and tabs stay allowed in text.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** The earliest date the API takes (a date before it is a typo, not a record). */
    public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
    /** The latest date the API takes. */
    public static final LocalDate MAX_DATE = LocalDate.of(2200, 12, 31);

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    @Override
    public int priority() {
        // After Quarkus' own customizers (which register the java.time module), so these readers win.
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.setDefaultLeniency(false);
        for (LogicalType type : LogicalType.values()) {
            if (type != LogicalType.Textual && type != LogicalType.Untyped) {
                mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
            }
        }
        // No scalar is read from another kind of scalar: "12" is no number, 1.9 no whole number, true no text.
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);

        SimpleModule module = new SimpleModule("kyodo-strict-input");
        module.addDeserializer(String.class, new Text());
        module.addDeserializer(LocalDate.class, new Dates());
        mapper.registerModule(module);
    }

    /** The first character text may not hold, or -1: C0 controls but tab and line breaks, DEL, C1, lone surrogates. */
    public static int forbiddenCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return c;
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return c;
            }
        }
        return -1;
    }

    /** Strings: only from JSON strings, without control characters. */
    static final class Text extends StdScalarDeserializer<String> {

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return StringDeserializer.instance.deserialize(p, ctxt);
            }
            String text = p.getText();
            int bad = forbiddenCharacter(text);
            if (bad >= 0) {
                throw new InvalidValueException(p, String.format("must not contain the control character U+%04X", bad),
                        "ControlCharacter");
            }
            return text;
        }
    }

    /** Dates: only {@code yyyy-mm-dd} strings, between 1900-01-01 and 2200-12-31. */
    static final class Dates extends StdScalarDeserializer<LocalDate> {

        Dates() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            LocalDate d;
            try {
                d = LocalDate.parse(p.getText().trim(), ISO_DATE);
            } catch (DateTimeParseException e) {
                throw new InvalidValueException(p, "must be a date written yyyy-mm-dd", "Format");
            }
            if (d.isBefore(MIN_DATE) || d.isAfter(MAX_DATE)) {
                throw new InvalidValueException(p, "must be between " + MIN_DATE + " and " + MAX_DATE, "DateRange");
            }
            return d;
        }
    }
}
