package dev.glossarytutor.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.glossarytutor.discord.fake.FakeDiscord;
import dev.glossarytutor.discord.fake.Payloads;
import dev.glossarytutor.discord.fake.RecordedRequest;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A bot with a class's real limits (here 2 questions a minute per user, 3 per channel) and
 * {@code DISCORD_REPLY_MODE=thread}, against its own fake Discord.
 */
class DiscordLimitsAndThreadsEndToEndTest {
    private static TestBot bot;
    private static FakeDiscord discord;

    @BeforeAll
    static void start() throws Exception {
        bot = TestBot.variant(Map.of("DISCORD_RATE_USER_PER_MINUTE", "2", "DISCORD_RATE_CHANNEL_PER_MINUTE", "3",
                "DISCORD_REPLY_MODE", "thread"), d -> { });
        discord = bot.discord;
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @BeforeEach
    void freshWindow() {
        // every limit window of an earlier test is over
        bot.ticker.advance(Duration.ofMinutes(2));
    }

    private static Predicate<RecordedRequest> replyTo(JsonNode message) {
        String id = message.get("id").asText();
        return r -> r.is("POST", "/api/v10/channels/\\d+/messages")
                && r.json().path("message_reference").path("message_id").asText().equals(id);
    }

    private static long count(Predicate<RecordedRequest> which) {
        return discord.requests().stream().filter(which).count();
    }

    @Test
    void should_sayOnceWhenToAskAgainThenStayQuiet_when_aStudentIsOverTheLimitInChat() {
        // GIVEN a student who has asked their two questions of the minute by DM
        for (String q : new String[] {"what is an epoch?", "what is a tensor?"}) {
            ObjectNode dm = Payloads.directMessage(Payloads.STUDENT, q);
            discord.dispatch("MESSAGE_CREATE", dm);
            discord.awaitRequest(replyTo(dm), TestBot.WAIT);
        }

        // WHEN they ask three more within the minute
        ObjectNode third = Payloads.directMessage(Payloads.STUDENT, "what is a kernel?");
        ObjectNode fourth = Payloads.directMessage(Payloads.STUDENT, "what is a kernel??");
        ObjectNode fifth = Payloads.directMessage(Payloads.STUDENT, "what is a kernel???");
        discord.dispatch("MESSAGE_CREATE", third);
        discord.dispatch("MESSAGE_CREATE", fourth);
        discord.dispatch("MESSAGE_CREATE", fifth);

        // THEN the first of them gets one short notice saying when to ask again, with no definition
        JsonNode notice = discord.awaitRequest(replyTo(third), TestBot.WAIT).json();
        assertThat(notice.path("content").asText()).startsWith("You are asking faster than I can keep up")
                .containsPattern("ask again in \\d+ seconds");
        assertThat(notice.path("embeds")).isEmpty();
        // Nothing answers the fourth and fifth, so nothing shows they were counted before the clock moves on.
        // Javacord hands every DM event to its listeners one at a time, in order, so once another
        // student's DM (the channel's last question of the minute) is answered, they have been.
        ObjectNode sentinel = Payloads.directMessage(Payloads.STUDENT2, "what is an epoch?");
        discord.dispatch("MESSAGE_CREATE", sentinel);
        assertThat(discord.awaitRequest(replyTo(sentinel), TestBot.WAIT).json().at("/embeds/0/title").asText())
                .isEqualTo("Epoch");

        // WHEN the window ends and they ask again
        bot.ticker.advance(Duration.ofSeconds(61));
        ObjectNode later = Payloads.directMessage(Payloads.STUDENT, "what is a kernel?");
        discord.dispatch("MESSAGE_CREATE", later);

        // THEN that is answered, and the two in between got nothing at all
        assertThat(discord.awaitRequest(replyTo(later), TestBot.WAIT).json().at("/embeds/0/title").asText())
                .isEqualTo("Kernel");
        assertThat(count(replyTo(fourth))).isZero();
        assertThat(count(replyTo(fifth))).isZero();
        assertThat(count(replyTo(third))).isOne();
    }

    @Test
    void should_sayTheChannelIsBusyAndWhen_when_theChannelBudgetRunsOut() {
        // GIVEN a channel whose three questions of the minute two students have used
        for (String who : new String[] {Payloads.STUDENT, Payloads.STUDENT2, Payloads.STUDENT2}) {
            ObjectNode define = Payloads.slashCommand(who, "define", "term", "Epoch");
            discord.dispatch("INTERACTION_CREATE", define);
            assertThat(bot.reply(define).at("/embeds/0/title").asText()).isEqualTo("Epoch");
        }

        // WHEN a student who has asked nothing yet uses /define there
        ObjectNode define = Payloads.slashCommand(Payloads.INSTRUCTOR, "define", "term", "Epoch");
        discord.dispatch("INTERACTION_CREATE", define);

        // THEN a private note says the channel is busy and when to try again; it does not blame them
        JsonNode data = bot.callbackFor(define).json().get("data");
        assertThat(data.path("flags").asInt() & 64).isEqualTo(64);
        assertThat(data.path("content").asText()).startsWith("This channel is busy")
                .containsPattern("Try again in \\d+ seconds")
                .doesNotContain("You are asking faster");
    }

    @Test
    void should_answerInAThreadOnTheQuestion_when_replyModeIsThread() {
        // GIVEN a question that mentions the bot in a server channel
        ObjectNode question = Payloads.guildMessage(Payloads.GENERAL, Payloads.STUDENT,
                "<@" + Payloads.BOT + "> what is an epoch?", true);

        // WHEN
        discord.dispatch("MESSAGE_CREATE", question);

        // THEN a thread is started on the question, named after it ...
        RecordedRequest started = discord.awaitRequest(r -> r.is("POST", "/api/v10/channels/" + Payloads.GENERAL
                + "/messages/" + question.get("id").asText() + "/threads"), TestBot.WAIT);
        assertThat(started.json().path("name").asText()).isEqualTo("what is an epoch?");
        // ... and the answer is posted inside it, pinging nobody
        RecordedRequest answer = discord.awaitRequest(r -> r.is("POST", "/api/v10/channels/\\d+/messages")
                && r.json().at("/embeds/0/title").asText().equals("Epoch"), TestBot.WAIT);
        String thread = answer.path().split("/")[4];
        assertThat(thread).isNotEqualTo(Payloads.GENERAL);
        assertThat(discord.thread(thread)).isPresent();
        assertThat(answer.json().at("/allowed_mentions/parse")).isEmpty();
    }

    @Test
    void should_quoteTheTermsOfAMessage_when_theContextMenuIsUsedOnAChatMessage() {
        // GIVEN a classmate's message naming two terms
        ObjectNode target = Payloads.guildMessage(Payloads.GENERAL, Payloads.STUDENT2,
                "my validation set loss goes up while training loss goes down, overfitting?", false);

        // WHEN a student uses "Define terms in this message" on it
        ObjectNode command = Payloads.messageCommand(Payloads.STUDENT, "Define terms in this message", target);
        discord.dispatch("INTERACTION_CREATE", command);

        // THEN each named term is quoted word for word, in order of appearance
        JsonNode reply = bot.reply(command);
        JsonNode embeds = reply.at("/embeds");
        assertThat(embeds.size()).isGreaterThanOrEqualTo(2);
        assertThat(embeds.get(0).get("title").asText()).isEqualTo("Validation Set");
        assertThat(reply.at("/allowed_mentions/parse")).isEmpty();

        // WHEN it is used on a message naming no term
        ObjectNode plain = Payloads.guildMessage(Payloads.GENERAL, Payloads.STUDENT2, "see you at lunch", false);
        ObjectNode none = Payloads.messageCommand(Payloads.STUDENT, "Define terms in this message", plain);
        discord.dispatch("INTERACTION_CREATE", none);

        // THEN a private note says so
        JsonNode note = bot.reply(none);
        assertThat(note.path("flags").asInt() & 64).isEqualTo(64);
        assertThat(note.path("content").asText()).isEqualTo("I found no glossary terms in that message.");
    }
}
