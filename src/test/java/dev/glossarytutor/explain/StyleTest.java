package dev.glossarytutor.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StyleTest {

    @Test
    void parse_shouldIgnoreCaseAndSpaces_whenTheStyleExists() {
        assertThat(Style.parse(" Analogy ")).isEqualTo(Style.ANALOGY);
        assertThat(Style.parse("simpler")).isEqualTo(Style.SIMPLER);
        assertThat(Style.EXAMPLE.fileName()).isEqualTo("example.txt");
    }

    @Test
    void parse_shouldNameTheChoices_whenTheStyleIsUnknown() {
        assertThatThrownBy(() -> Style.parse("poem"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown style 'poem'; choose one of simpler, example, analogy");
    }
}
