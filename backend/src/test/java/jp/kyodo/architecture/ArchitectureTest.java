package jp.kyodo.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of ARCHITECTURE.md. A feature is a top-level package under {@code jp.kyodo} (plan's
 * subpackages are plan). Features form a layered order; {@code common} names no feature; {@code transfer} and the
 * features meet only through common's transfer API; no feature reaches into another's REST, demo or transfer code.
 */
class ArchitectureTest {

    /** Each feature may depend only on features before it. */
    static final List<String> ORDER = List.of("department", "ward", "account", "district", "organization",
            "membership", "request", "meeting", "plan", "notification", "activity", "voice", "workspace", "webhook", "support", "participation");

    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.kyodo");
    }

    @Test
    void features_are_free_of_cycles() {
        slices().matching("jp.kyodo.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void common_names_no_feature() {
        noClasses().that().resideInAPackage("jp.kyodo.common..").should().dependOnClassesThat()
                .resideInAnyPackage(features(ORDER, "transfer", "demo")).check(classes);
    }

    @Test
    void transfer_names_no_feature() {
        noClasses().that().resideInAPackage("jp.kyodo.transfer..").should().dependOnClassesThat()
                .resideInAnyPackage(features(ORDER, "demo")).check(classes);
    }

    @Test
    void features_depend_only_on_features_before_them() {
        for (int i = 0; i < ORDER.size(); i++) {
            List<String> later = ORDER.subList(i + 1, ORDER.size());
            if (later.isEmpty()) {
                continue;
            }
            noClasses().that().resideInAPackage("jp.kyodo." + ORDER.get(i) + "..").should().dependOnClassesThat()
                    .resideInAnyPackage(features(later, "transfer")).because("the feature order is " + ORDER)
                    .allowEmptyShould(true).check(classes);
        }
    }

    @Test
    void no_feature_reaches_into_another_features_rest_demo_or_transfer_code() {
        for (String f : ORDER) {
            noClasses().that().resideOutsideOfPackage("jp.kyodo." + f + "..").and()
                    .resideOutsideOfPackage("jp.kyodo.demo..").should().dependOnClassesThat()
                    .resideInAnyPackage("jp.kyodo." + f + ".rest..", "jp.kyodo." + f + "..demo..",
                            "jp.kyodo." + f + ".transfer..")
                    .check(classes);
        }
    }

    @Test
    void only_demo_code_depends_on_demo_code() {
        noClasses().that().resideOutsideOfPackages("jp.kyodo.demo..", "jp.kyodo.*.demo..", "jp.kyodo.*.*.demo..")
                .should().dependOnClassesThat().resideInAnyPackage("jp.kyodo.demo..", "jp.kyodo..demo..")
                .check(classes);
    }

    private static String[] features(List<String> names, String... more) {
        return java.util.stream.Stream.concat(names.stream(), java.util.Arrays.stream(more))
                .map(f -> "jp.kyodo." + f + "..").toArray(String[]::new);
    }
}
