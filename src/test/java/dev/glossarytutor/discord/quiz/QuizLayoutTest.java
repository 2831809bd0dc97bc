package dev.glossarytutor.discord.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.discord.layout.DiscordLayout;
import dev.glossarytutor.discord.layout.DiscordShows;
import dev.glossarytutor.discord.layout.MessagePlan;
import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.quiz.Question;
import dev.glossarytutor.quiz.QuestionKind;
import dev.glossarytutor.quiz.QuizEvent;
import dev.glossarytutor.quiz.QuizKey;
import dev.glossarytutor.quiz.ResultRow;
import dev.glossarytutor.discord.quiz.QuizLayout.Click;
import java.nio.file.Path;
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

    @Test
    void question_shouldShowTheMaskedDefinitionAndOptionsExactlyAsWritten() throws Exception {
        // GIVEN a question whose prompt has blanks and inline math, which Discord would read as Markdown
        Glossary glossary = GlossaryLoader.load(Path.of("glossary", "deep-learning"));
        Entry bias = glossary.get("Bias");
        String prompt = "The ___ \\(h = \\sum_i f(x_i w_i + b)\\) *is* added";
        Question q = new Question(QuestionKind.DEFINITION_TO_TERM,
                bias, prompt, List.of("Bias", "Kernel_size", "Loss", "Tensor"),
                List.of(bias, glossary.get("Kernel"), glossary.get("Loss"), glossary.get("Tensor")), 0);

        // WHEN
        MessagePlan plan = new QuizLayout(new DiscordLayout()).question("k1",
                new QuizEvent.QuestionAsked(QuizKey.channel("1", "2"), 1, 3, q, Optional.empty()), false);

        // THEN what Discord shows is the prompt and the options as written
        String shown = DiscordShows.text(plan.embeds().get(0).description());
        assertThat(shown).startsWith(prompt + "\n").contains("A)", "Kernel_size");
    }
}
