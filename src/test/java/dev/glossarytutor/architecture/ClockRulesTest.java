package dev.glossarytutor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.github.benmanes.caffeine.cache.Ticker;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Time comes from the one {@link Clock} and {@link Ticker} that {@code app.Main} creates. Only the
 * {@code app} package may read the system's; {@code System.nanoTime()} stays allowed for measuring
 * elapsed time (bench, logs).
 */
class ClockRulesTest {
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.glossarytutor");
    }

    @Test
    void noClassOutsideApp_shouldReadTheSystemClock() {
        // GIVEN the rule: outside app, no call reads the system's clock or ticker
        ArchRule rule = noClasses().that().resideOutsideOfPackage("dev.glossarytutor.app..")
                .should().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(Clock.class, "system", java.time.ZoneId.class)
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(LocalTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(Ticker.class, "systemTicker")
                .because("time comes from the Clock and Ticker that app.Main creates and Wiring hands out");

        // WHEN the production classes are checked THEN none breaks it
        rule.check(production);
    }
}
