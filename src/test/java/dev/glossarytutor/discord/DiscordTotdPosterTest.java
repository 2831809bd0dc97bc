package dev.glossarytutor.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.discord.layout.DiscordLayout;
import dev.glossarytutor.discord.layout.MessagePlan;
import dev.glossarytutor.discord.totd.TotdLayout;
import dev.glossarytutor.totd.QuickCheck;
import dev.glossarytutor.totd.TotdPost;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A term of the day is several Discord messages; "posted" means the first, the term, went out. */
class DiscordTotdPosterTest {
    private List<MessagePlan> plans;
    private final List<Integer> sent = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        // the real layout of a real entry with its quick check: the term, then the check
        Entry entry = GlossaryLoader.load(Path.of("glossary", "deep-learning")).entries().get(0);
        QuickCheck check = new QuickCheck("Which term is this?", List.of(entry.term(), "None of these"), 0);
        plans = new TotdLayout(new DiscordLayout())
                .post(new TotdPost("1", LocalDate.of(2026, 11, 2), entry, Optional.of(check)), Optional.empty());
        assertThat(plans).hasSizeGreaterThan(1);
    }

    @Test
    void deliver_laterMessageTimesOutAfterTheTermWentOut() throws Exception {
        // GIVEN a channel that accepts the term but times out on the quick check
        DiscordTotdPoster.Send send = (n, plan) -> {
            if (n == plans.size() - 1) {
                throw new TimeoutException("no answer from Discord");
            }
            sent.add(n);
        };

        // WHEN the post is delivered
        int delivered = DiscordTotdPoster.deliver(plans, send);

        // THEN it does not throw (the day counts as posted, no second term on retry) and reports what went out
        assertThat(delivered).isEqualTo(plans.size() - 1);
        assertThat(sent).startsWith(0);
    }

    @Test
    void deliver_firstMessageFailsSoNothingWasPosted() {
        // GIVEN a channel that refuses the first message
        DiscordTotdPoster.Send send = (n, plan) -> {
            throw new IllegalStateException("Missing Permissions");
        };

        // WHEN / THEN the failure is thrown, so the day stays unposted and is retried
        assertThatThrownBy(() -> DiscordTotdPoster.deliver(plans, send)).hasMessage("Missing Permissions");
    }

    @Test
    void deliver_stopsAtTheFirstLaterFailure() throws Exception {
        // GIVEN three messages whose second fails
        List<MessagePlan> three = List.of(plans.get(0), plans.get(0), plans.get(plans.size() - 1));
        DiscordTotdPoster.Send send = (n, plan) -> {
            if (n == 1) {
                throw new IllegalStateException("Discord error");
            }
            sent.add(n);
        };

        // WHEN delivered
        int delivered = DiscordTotdPoster.deliver(three, send);

        // THEN only the first went out and the rest were not sent out of order
        assertThat(delivered).isEqualTo(1);
        assertThat(sent).containsExactly(0);
    }
}
