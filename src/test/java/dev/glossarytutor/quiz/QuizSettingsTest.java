package dev.glossarytutor.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuizSettingsTest {

    @Test
    void build_should_use_the_documented_defaults() {
        // WHEN nothing is set
        QuizSettings s = QuizSettings.builder().build();
        // THEN a channel quiz of 5 questions, 20 s each, first correct answer scores, all kinds
        assertThat(s.mode()).isEqualTo(QuizMode.CHANNEL);
        assertThat(s.questions()).isEqualTo(5);
        assertThat(s.timeLimit()).contains(Duration.ofSeconds(20));
        assertThat(s.scoring()).isEqualTo(Scoring.FIRST_CORRECT);
        assertThat(s.kinds()).containsExactlyInAnyOrder(QuestionKind.values());
        assertThat(s.seed()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 21, 100})
    void questions_should_reject_counts_outside_1_to_20(int n) {
        assertThatThrownBy(() -> QuizSettings.builder().questions(n))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A quiz has 1 to 20 questions, not " + n + ".");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4, 121, 3600})
    void timeLimit_should_reject_times_outside_5_to_120_seconds(int seconds) {
        assertThatThrownBy(() -> QuizSettings.builder().timeLimit(Duration.ofSeconds(seconds)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5 to 120 seconds");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 20})
    void questions_should_accept_the_bounds(int n) {
        assertThat(QuizSettings.builder().questions(n).build().questions()).isEqualTo(n);
    }

    @Test
    void build_should_refuse_an_untimed_channel_quiz_and_empty_kinds() {
        assertThatThrownBy(() -> QuizSettings.builder().untimed().build()).hasMessageContaining("needs a time");
        assertThatThrownBy(() -> QuizSettings.builder().kinds(Set.of())).hasMessageContaining("at least one");
        assertThat(QuizSettings.builder().mode(QuizMode.PERSONAL).untimed().build().timeLimit()).isEmpty();
    }

    @Test
    void toBuilder_should_round_trip() {
        QuizSettings s = QuizSettings.builder().questions(7).timeLimit(Duration.ofSeconds(45))
                .scoring(Scoring.EVERY_CORRECT).seed(3).review(true).build();
        assertThat(s.toBuilder().build()).isEqualTo(s);
    }
}
