package dev.glossarytutor.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.glossarytutor.discord.fake.FakeDiscord;
import dev.glossarytutor.discord.fake.Payloads;
import dev.glossarytutor.discord.fake.RecordedRequest;
import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.discord.layout.DiscordShows;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The term of the day on Discord end to end. The steps share the server's schedule and its one
 * post per day, so they run in order: refusal, an unwritable channel, the real post, its quick check.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DiscordTotdEndToEndTest {
    private static TestBot bot;
    private static FakeDiscord discord;

    @BeforeAll
    static void connect() throws Exception {
        bot = TestBot.get();
        discord = bot.discord;
    }

    private static ObjectNode totd(String user, String sub, ObjectNode... options) {
        ObjectNode i = Payloads.typedSubcommand(user, "totd", sub, options);
        discord.dispatch("INTERACTION_CREATE", i);
        return i;
    }

    @Test
    @Order(1)
    void should_refuseAStudent_when_totdNowIsSent() {
        // GIVEN a student who sends /totd now (bypassing the client)
        int mark = discord.mark();

        // WHEN
        JsonNode reply = bot.reply(totd(Payloads.STUDENT, "now"));

        // THEN a private refusal, and nothing is posted anywhere
        assertThat(reply.path("flags").asInt() & 64).isEqualTo(64);
        assertThat(reply.get("content").asText()).isEqualTo("Only instructors can post the term of the day.");
        assertThat(madeSince(mark))
                .noneMatch(r -> r.is("POST", "/api/v10/channels/\\d+/messages")
                        && r.json().path("content").asText().contains("Term of the day"));
    }

    @Test
    @Order(2)
    void should_warnTheInstructorAndKeepGoing_when_theBotCannotPostInTheChannel() {
        // WHEN an instructor picks a channel where the bot may not send messages
        JsonNode saved = bot.reply(totd(Payloads.INSTRUCTOR, "channel", Payloads.option(7, "channel", Payloads.LOCKED)));

        // THEN it is saved with a clear warning
        assertThat(saved.get("content").asText()).startsWith("Saved.")
                .contains("Posts will fail until this is fixed: I lack Send Messages in <#" + Payloads.LOCKED + ">");

        // WHEN a post is attempted there
        int mark = discord.mark();
        JsonNode failed = bot.reply(totd(Payloads.INSTRUCTOR, "now"));

        // THEN it fails with the reason, will be retried, and nothing was sent to the channel
        assertThat(failed.get("content").asText()).startsWith("Posting failed: I lack Send Messages")
                .endsWith("It will be retried.");
        assertThat(madeSince(mark))
                .noneMatch(r -> r.is("POST", "/api/v10/channels/" + Payloads.LOCKED + "/messages"));
    }

    @Test
    @Order(3)
    void should_postTheTermWithAQuickCheck_when_anInstructorSendsTotdNow() {
        // GIVEN the announcements channel
        JsonNode saved = bot.reply(totd(Payloads.INSTRUCTOR, "channel", Payloads.option(7, "channel", Payloads.ANNOUNCEMENTS)));
        assertThat(saved.get("content").asText()).startsWith("Saved.").contains("in <#" + Payloads.ANNOUNCEMENTS + ">")
                .doesNotContain("fail");
        int mark = discord.mark();

        // WHEN the instructor posts now
        JsonNode reply = bot.reply(totd(Payloads.INSTRUCTOR, "now"));

        // THEN the term goes to the channel as an embed quoting the definition verbatim, then the quick check
        RecordedRequest post = discord.awaitRequestAfter(mark, r -> r.is("POST",
                "/api/v10/channels/" + Payloads.ANNOUNCEMENTS + "/messages"), TestBot.WAIT);
        JsonNode body = post.json();
        assertThat(body.get("content").asText()).startsWith("**Term of the day** \u00b7 2026-03-02");
        Entry entry = bot.tutor.glossary().get(body.at("/embeds/0/title").asText());
        assertThat(DiscordShows.text(body.at("/embeds/0/description").asText())).isEqualTo(entry.definition());
        assertThat(body.at("/allowed_mentions/parse")).isEmpty();
        assertThat(body.at("/allowed_mentions/roles")).isEmpty();
        assertThat(reply.get("content").asText()).isEqualTo("Posted " + entry.term() + " in <#" + Payloads.ANNOUNCEMENTS + ">.");
        RecordedRequest check = discord.awaitRequestAfter(mark, r -> r.is("POST",
                "/api/v10/channels/" + Payloads.ANNOUNCEMENTS + "/messages")
                && r.json().at("/embeds/0/title").asText().equals("Quick check"), TestBot.WAIT);
        List<String> buttons = new ArrayList<>();
        check.json().path("components").forEach(row -> row.path("components")
                .forEach(b -> buttons.add(b.get("custom_id").asText())));
        assertThat(buttons).hasSizeGreaterThanOrEqualTo(2).allMatch(id -> id.endsWith(":" + entry.term()));

        // WHEN a student clicks each option
        List<String> answers = new ArrayList<>();
        for (String id : buttons) {
            ObjectNode click = Payloads.buttonClick(Payloads.STUDENT, id);
            discord.dispatch("INTERACTION_CREATE", click);
            JsonNode data = bot.reply(click);
            assertThat(data.path("flags").asInt() & 64).isEqualTo(64);
            answers.add(data.get("content").asText());
        }

        // THEN exactly one option is right, and every answer names the right one
        assertThat(answers).filteredOn(a -> a.startsWith("Correct!")).hasSize(1);
        assertThat(answers).filteredOn(a -> a.startsWith("Not quite")).hasSize(buttons.size() - 1);

        // WHEN posting again the same day
        JsonNode again = bot.reply(totd(Payloads.INSTRUCTOR, "now"));

        // THEN it is not posted twice
        assertThat(again.get("content").asText()).contains("already posted");
    }

    @Test
    @Order(4)
    void should_previewTheComingTerms_when_anInstructorAsks() {
        JsonNode reply = bot.reply(totd(Payloads.INSTRUCTOR, "preview", Payloads.option(4, "days", "3")));
        String text = reply.get("content").asText();
        assertThat(text).startsWith("Coming up:");
        assertThat(text.lines().filter(l -> l.startsWith("\u2022 2026-03-"))).hasSize(3);
        assertThat(Pattern.compile("2026-03-03").matcher(text).find()).isTrue();
    }

    /** The requests made since {@code mark}, from one snapshot (the bot may record more meanwhile). */
    private static List<RecordedRequest> madeSince(int mark) {
        List<RecordedRequest> made = discord.requests();
        return made.subList(mark, made.size());
    }
}
