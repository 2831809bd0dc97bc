package dev.glossarytutor.match;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A build without the native code or the model file for this machine fails in one line, before loading. */
class NativeLibrariesTest {

    @Test
    void require_shouldPass_when_theClasspathCarriesThisPlatform() {
        // GIVEN the test classpath (every platform's natives) on this Linux machine
        // WHEN / THEN
        assertThatCode(NativeLibraries::require).doesNotThrowAnyException();
    }

    @Test
    void require_shouldSayWhatIsMissingInOneLine_when_thePlatformHasNoNatives() {
        // GIVEN a machine architecture no build carries
        String arch = System.getProperty("os.arch");
        System.setProperty("os.arch", "riscv64");
        try {
            // WHEN / THEN
            assertThatThrownBy(NativeLibraries::require)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("riscv64")
                    .hasMessageContaining("no native libraries")
                    .hasMessageContaining("linux-x86_64 and linux-aarch64")
                    .hasMessageContaining("-Pall-platforms")
                    .hasMessageNotContaining("\n");
        } finally {
            System.setProperty("os.arch", arch);
        }
    }

    @Test
    void requireRunnable_shouldNameTheProfile_when_theModelIsNotInTheBuild() {
        // GIVEN the default build, which leaves MiniLM out (pom.xml, -Pminilm)
        // WHEN / THEN
        assertThatThrownBy(EmbeddingChoice.ALL_MINILM_L6_V2::requireRunnable)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("all-minilm-l6-v2")
                .hasMessageContaining("-Pminilm");
        assertThatCode(EmbeddingChoice.BGE_SMALL_EN_V15::requireRunnable).doesNotThrowAnyException();
    }
}
