package dev.glossarytutor.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout of docs/architecture.md, kept by tests: transports over features over the core, the
 * store implementing the features' repositories, and no package loops. Each rule was seen to fail
 * once by breaking it on purpose: define importing quiz (a loop), totd importing Javacord, the console
 * and java.sql, answer importing coverage.
 */
class LayerRulesTest {
    static final String BASE = "dev.glossarytutor";
    static final String[] CORE = {BASE + ".glossary..", BASE + ".nlp..", BASE + ".match..", BASE + ".answer.."};
    static final String[] FEATURES = {BASE + ".define..", BASE + ".quiz..", BASE + ".totd..", BASE + ".explain..",
            BASE + ".coverage..", BASE + ".glossaryadmin..", BASE + ".instructor.."};
    static final String[] TRANSPORTS = {BASE + ".console..", BASE + ".discord.."};

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    @Test
    void packages_should_not_import_each_other_in_a_loop() {
        // GIVEN every package as a slice (sub-packages are slices of their own)
        ArchRule rule = slices().matching(BASE + ".(**)").should().beFreeOfCycles();
        // WHEN the production classes are checked THEN no loop is found
        rule.check(production);
    }

    @Test
    void only_discord_should_import_javacord() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage(BASE + ".discord..")
                .should().dependOnClassesThat().resideInAPackage("org.javacord..")
                .because("Javacord stays inside the Discord transport");
        rule.check(production);
    }

    @Test
    void core_should_import_no_feature_transport_store_or_config() {
        ArchRule rule = noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .orShould().dependOnClassesThat().resideInAnyPackage(TRANSPORTS)
                .orShould().dependOnClassesThat().resideInAnyPackage(BASE + ".store..", BASE + ".config..",
                        BASE + ".app..")
                .because("the core (glossary, nlp, match, answer) sits below everything that uses it");
        rule.check(production);
    }

    @Test
    void features_should_import_no_transport_store_or_app() {
        ArchRule rule = noClasses().that().resideInAnyPackage(FEATURES)
                .should().dependOnClassesThat().resideInAnyPackage(TRANSPORTS)
                .orShould().dependOnClassesThat().resideInAnyPackage(BASE + ".store..", BASE + ".app..")
                .because("features produce values; transports format them, the store implements their repositories");
        rule.check(production);
    }

    @Test
    void only_store_should_use_jdbc() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage(BASE + ".store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                .because("SQL and connections stay in the store; features see repository interfaces");
        rule.check(production);
    }
}
