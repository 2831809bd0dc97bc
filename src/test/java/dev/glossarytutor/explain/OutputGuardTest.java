package dev.glossarytutor.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OutputGuardTest {
    private static final String DEFINITION = "Creating a model that matches the training data so closely that the"
            + " model fails to generalize, essentially memorizing the training data.";

    private final OutputGuard guard = new OutputGuard(200, 0.6);

    @Test
    void check_shouldRemoveEveryMention_whenTheReplyPings() {
        // GIVEN a reply with mass, user, nickname, role and channel mentions, one hidden by a zero-width space
        String reply = "@everyone @Here <@123> <@!456> <@&789> <#42> @\u200beveryone the model learns noise.";

        // WHEN it is checked
        OutputGuard.Verdict verdict = guard.check(reply, DEFINITION);

        // THEN the mentions are gone whole, leaving no stray word or gap
        assertThat(verdict).isInstanceOf(OutputGuard.Accepted.class);
        String text = ((OutputGuard.Accepted) verdict).text();
        assertThat(text).isEqualTo("the model learns noise.");
    }

    @Test
    void clean_shouldLeaveTheSentenceWhole_when_aMentionSitsInsideIt() {
        // GIVEN mentions at the start, inside, and before a comma
        String reply = "@everyone   Imagine a river.\nHey <@123>, look: the <@&5> water @here flows.";

        // WHEN
        String text = OutputGuard.clean(reply);

        // THEN
        assertThat(text).isEqualTo("Imagine a river.\nHey look: the water flows.");
    }

    @Test
    void check_shouldCapTheLength_whenTheReplyIsLong() {
        // GIVEN a reply three times the cap
        String reply = "It learns the noise of its examples. ".repeat(15);

        // WHEN it is checked
        String text = ((OutputGuard.Accepted) guard.check(reply, DEFINITION)).text();

        // THEN it is cut at a word, marked, and within the cap
        assertThat(text).hasSizeLessThanOrEqualTo(200).endsWith("…").startsWith("It learns the noise");
        assertThat(text.charAt(text.length() - 2)).isNotEqualTo(' ');
    }

    @Test
    void check_shouldRejectAsEmpty_whenOnlyMentionsOrSpaceRemain() {
        assertThat(guard.check("  <@123>\n\n <#9> ", DEFINITION)).isEqualTo(new OutputGuard.Rejected(OutputGuard.Rejection.EMPTY));
        assertThat(guard.check("", DEFINITION)).isEqualTo(new OutputGuard.Rejected(OutputGuard.Rejection.EMPTY));
        assertThat(guard.check(null, DEFINITION)).isEqualTo(new OutputGuard.Rejected(OutputGuard.Rejection.EMPTY));
    }

    @Test
    void check_shouldRejectAsCopy_whenTheReplyRepeatsTheDefinition() {
        // GIVEN the definition itself, and the definition with a short preamble and other case
        // WHEN checked THEN both are copies
        assertThat(guard.check(DEFINITION, DEFINITION)).isEqualTo(new OutputGuard.Rejected(OutputGuard.Rejection.COPY));
        assertThat(guard.check("In short: " + DEFINITION.toUpperCase(), DEFINITION))
                .isEqualTo(new OutputGuard.Rejected(OutputGuard.Rejection.COPY));
    }

    @Test
    void check_shouldAccept_whenTheReplyReusesOnlyTheKeyWords() {
        // GIVEN a real rephrasing that shares a few words with the definition
        String reply = "The model remembers its training data instead of learning the pattern,"
                + " so it does badly on new examples.";

        // WHEN checked THEN it is accepted unchanged
        assertThat(OutputGuard.copyRatio(reply, DEFINITION)).isLessThan(0.3);
        assertThat(guard.check(reply, DEFINITION)).isEqualTo(new OutputGuard.Accepted(reply));
    }

    @Test
    void copyRatio_shouldBeOne_whenIdenticalAndZero_whenDisjoint() {
        assertThat(OutputGuard.copyRatio(DEFINITION, DEFINITION)).isEqualTo(1.0);
        assertThat(OutputGuard.copyRatio("Completely different words here.", DEFINITION)).isZero();
        assertThat(OutputGuard.copyRatio("memorizing", DEFINITION)).isEqualTo(1.0);
    }

    @Test
    void check_shouldRejectAsRefusal_whenTheModelDeclines() {
        assertThat(guard.check("I’m sorry, but I can’t help with that.", DEFINITION))
                .isEqualTo(new OutputGuard.Rejected(OutputGuard.Rejection.REFUSAL));
        assertThat(guard.check("As an AI language model, I cannot do this.", DEFINITION))
                .isEqualTo(new OutputGuard.Rejected(OutputGuard.Rejection.REFUSAL));
    }

    @Test
    void constructor_shouldFail_whenLimitsMakeNoSense() {
        assertThatThrownBy(() -> new OutputGuard(5, 0.6)).hasMessageContaining("maxChars");
        assertThatThrownBy(() -> new OutputGuard(200, 0)).hasMessageContaining("maxCopyRatio");
    }
}
