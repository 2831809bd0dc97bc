package dev.glossarytutor.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.quiz.QuizEvent;
import dev.glossarytutor.quiz.QuizKey;
import dev.glossarytutor.quiz.ResultRow;
import dev.glossarytutor.render.QuizLayout.Click;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuizLayoutTest {

    @Test
    void click_shouldParseQuizButtonsAndModals_andRejectAnythingElse() {
        assertThat(QuizLayout.click("quiz:k3:2:1")).contains(new Click("k3", 2, Optional.of(1)));
        assertThat(QuizLayout.click("quiz:k3:2:type")).contains(new Click("k3", 2, Optional.empty()));
        assertThat(QuizLayout.click(QuizLayout.modalId("k3", 2))).contains(new Click("k3", 2, Optional.empty()));
        assertThat(QuizLayout.click("quiz:k3:2:4")).as("no fifth option").isEmpty();
        assertThat(QuizLayout.click("quiz:k3:x:1")).isEmpty();
        assertThat(QuizLayout.click("quiz::2:1")).isEmpty();
        assertThat(QuizLayout.click("quiz:k3:2:1:extra")).isEmpty();
        assertThat(QuizLayout.click("define:Epoch")).isEmpty();
        assertThat(QuizLayout.click(null)).isEmpty();
    }

    @Test
    void name_shouldMentionIdsAndNeutralizeAnythingElse() {
        assertThat(QuizLayout.name("600000000000000002")).isEqualTo("<@600000000000000002>");
        assertThat(QuizLayout.name("@everyone")).isEqualTo("@\u200beveryone");
    }

    @Test
    void ended_shouldListResultsWithoutPingSyntaxBeyondUserMentions() {
        // GIVEN
        QuizEvent.Ended ended = new QuizEvent.Ended(QuizKey.channel("1", "2"),
                List.of(new ResultRow(1, "11", 2, 3), new ResultRow(2, "12", 1, 3)), QuizEvent.EndReason.FINISHED, 3, 3);

        // WHEN
        MessagePlan plan = new QuizLayout(new DiscordLayout()).ended(ended, false);

        // THEN
        assertThat(plan.content()).isEqualTo("**Quiz over.** Results:\n1. <@11> \u2014 2/3\n2. <@12> \u2014 1/3");
        assertThat(plan.ephemeral()).isFalse();
    }
}
