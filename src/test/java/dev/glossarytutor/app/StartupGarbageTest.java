package dev.glossarytutor.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Trimming the C heap goes through the JVM's diagnostic command, and never fails start-up. */
class StartupGarbageTest {

    @Test
    void trimNativeHeap_onThisJvm_reportsWhatItGaveBackOrNothing() {
        // WHEN
        String report = StartupGarbage.trimNativeHeap();

        // THEN: glibc JVMs of 17.0.9 and later report "Trim native heap: RSS+Swap: ..."; others give nothing
        assertThat(report).satisfiesAnyOf(
                r -> assertThat(r).startsWith("Trim native heap"),
                r -> assertThat(r).isEmpty(),
                r -> assertThat(r).containsIgnoringCase("not supported"));
    }
}
