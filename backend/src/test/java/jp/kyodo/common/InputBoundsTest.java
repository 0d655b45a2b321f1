package jp.kyodo.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every number a client sends is bounded to its meaning: ids are positive, counts and amounts have a floor and a
 * ceiling. Checked over every request body of the API (records named *Request or *Input), element types included.
 */
class InputBoundsTest {

    private static final Set<Class<?>> NUMBERS = Set.of(int.class, long.class, short.class, double.class, float.class,
            Integer.class, Long.class, Short.class, Double.class, Float.class, BigDecimal.class);
    private static final Set<Class<? extends Annotation>> LOWER = Set.of(Min.class, DecimalMin.class, Positive.class,
            PositiveOrZero.class, Negative.class);
    private static final Set<Class<? extends Annotation>> UPPER = Set.of(Max.class, DecimalMax.class, Digits.class);

    @Test
    void every_number_in_a_request_body_is_bounded() {
        List<String> unbounded = new ArrayList<>();
        int checked = 0;
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.kyodo")) {
            Class<?> type = c.reflect();
            if (!type.isRecord() || !(type.getSimpleName().endsWith("Request") || type.getSimpleName().endsWith("Input"))) {
                continue;
            }
            for (RecordComponent rc : type.getRecordComponents()) {
                checked += check(type.getSimpleName() + "." + rc.getName(), rc.getName(), rc.getAnnotatedType(), rc.getAnnotations(),
                        unbounded);
            }
        }
        assertTrue(checked > 40, "the scan found the request bodies (" + checked + " numbers)");
        assertEquals(List.of(), unbounded, "numbers without bounds in request bodies");
    }

    private static int check(String where, String name, AnnotatedType t, Annotation[] declared, List<String> out) {
        if (t instanceof AnnotatedParameterizedType p) {
            int n = 0;
            for (AnnotatedType arg : p.getAnnotatedActualTypeArguments()) {
                n += check(where + "[]", name.replaceAll("s$", ""), arg, arg.getAnnotations(), out);
            }
            return n;
        }
        if (!(t.getType() instanceof Class<?> cls) || !NUMBERS.contains(cls)) {
            return 0;
        }
        List<Annotation> all = new ArrayList<>(List.of(declared));
        all.addAll(List.of(t.getAnnotations()));
        boolean lower = all.stream().anyMatch(a -> LOWER.contains(a.annotationType()));
        boolean upper = all.stream().anyMatch(a -> UPPER.contains(a.annotationType()));
        boolean id = name.endsWith("Id") || name.equals("id") || name.endsWith("Ids") || name.equals("version");
        if (!lower || (!upper && !id)) {
            out.add(where + (lower ? " (no upper bound)" : " (no lower bound)"));
        }
        return 1;
    }
}
