package dev.glossarytutor.discord;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.glossarytutor.discord.fake.FakeDiscord;
import dev.glossarytutor.discord.fake.Payloads;
import dev.glossarytutor.explain.TestExplainers;
import dev.glossarytutor.testing.FakeTicker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A server set up as a busy instructor sets it up: the MESSAGE_CONTENT intent never switched on in
 * the Developer Portal (the fake closes the gateway with 4014, as Discord does, and then withholds
 * message content), and the glossary in a folder of the server's own.
 */
class DiscordSetupEndToEndTest {
    /** What the (scripted) language model writes: a mention it should not have written, then the text. */
    private static final String LLM_REPLY = "@everyone   Imagine walking downhill in fog, one careful step at a time.";
    private static final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private static Path glossary;
    private static TestBot bot;
    private static FakeDiscord discord;

    @BeforeAll
    static void start() throws Exception {
        glossary = Files.createTempDirectory("glossary-e2e").toAbsolutePath();
        try (Stream<Path> files = Files.list(Path.of("glossary", "deep-learning"))) {
            for (Path f : files.toList()) {
                Files.copy(f, glossary.resolve(f.getFileName()));
            }
        }
        logs.start();
        ((Logger) LoggerFactory.getLogger(DiscordBot.class)).addAppender(logs);
        bot = TestBot.variant(Map.of(), d -> d.refuseIntents(FakeDiscord.MESSAGE_CONTENT), glossary,
                tutor -> TestExplainers.scripted(tutor, LLM_REPLY, new FakeTicker()));
        discord = bot.discord;
    }

    @AfterAll
    static void stop() {
        ((Logger) LoggerFactory.getLogger(DiscordBot.class)).detachAppender(logs);
        bot.close();
    }

    @Test
    void should_logHowToEnableTheIntentAndStillAnswerMentions_when_messageContentIsNotGranted() {
        // GIVEN (start) Discord refused the first login for asking for MESSAGE_CONTENT
        List<JsonNode> identifies = discord.identifies();
        assertThat(identifies.get(0).get("intents").asLong() & FakeDiscord.MESSAGE_CONTENT).isNotZero();
        assertThat(identifies.get(identifies.size() - 1).get("intents").asLong() & FakeDiscord.MESSAGE_CONTENT).isZero();

        // THEN one clear warning says what works and how to turn the intent on
        assertThat(logs.list).filteredOn(e -> e.getLevel().toString().equals("WARN"))
                .extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(m -> assertThat(m).contains("MESSAGE_CONTENT intent is not granted")
                        .contains("mention").contains("Privileged Gateway Intents"))
                .anySatisfy(m -> assertThat(m).startsWith("DISCORD_HELP_CHANNELS names 1 channel(s)")
                        .contains("unless they mention the bot"));

        // WHEN a student asks in the help channel without a mention (Discord withholds the content) ...
        ObjectNode unaddressed = Payloads.guildMessage(Payloads.HELP, Payloads.STUDENT, "what is a tensor?", false);
        discord.dispatch("MESSAGE_CREATE", unaddressed);
        // ... and then mentions the bot (Discord still sends the content of a mention)
        ObjectNode mention = Payloads.guildMessage(Payloads.GENERAL, Payloads.STUDENT,
                "<@" + Payloads.BOT + "> what is an epoch?", true);
        discord.dispatch("MESSAGE_CREATE", mention);

        // THEN the mention is answered
        String id = mention.get("id").asText();
        JsonNode reply = discord.awaitRequest(r -> r.is("POST", "/api/v10/channels/\\d+/messages")
                && r.json().path("message_reference").path("message_id").asText().equals(id), TestBot.WAIT).json();
        assertThat(reply.at("/embeds/0/title").asText()).isEqualTo("Epoch");
        // ... and the message the bot could not read got no confused reply
        String unread = unaddressed.get("id").asText();
        assertThat(discord.requests()).noneMatch(r -> r.is("POST", "/api/v10/channels/\\d+/messages")
                && r.json().path("message_reference").path("message_id").asText().equals(unread));
    }

    // item 9
    @Test
    void should_nameTheBrokenFileRelativeToTheGlossaryFolder_when_aReloadFails() throws Exception {
        // GIVEN a glossary file with a term defined twice, in a folder at an absolute server path
        Files.writeString(glossary.resolve("extra.md"), "# Extra\n\n## Epoch\n\nAgain, differently.\n");

        try {
            // WHEN an instructor reloads
            ObjectNode reload = Payloads.subcommand(Payloads.INSTRUCTOR, "glossary", "reload");
            discord.dispatch("INTERACTION_CREATE", reload);

            // THEN the refusal names the file as the instructor knows it, not by the server's path
            String content = bot.reply(reload).path("content").asText();
            assertThat(content).startsWith("The glossary was NOT reloaded").contains("extra.md:")
                    .doesNotContain(glossary.toString()).doesNotContain("/tmp");
        } finally {
            Files.delete(glossary.resolve("extra.md"));
        }
    }

    // item 11
    @Test
    void should_removeAMentionWholeFromTheRephrasing_when_explainDifferentlyIsClicked() {
        // GIVEN a quoted answer with its "Explain differently" button
        ObjectNode define = Payloads.slashCommand(Payloads.STUDENT, "define", "term", "Gradient Descent");
        discord.dispatch("INTERACTION_CREATE", define);
        JsonNode answer = bot.reply(define);
        List<String> ids = new java.util.ArrayList<>();
        answer.path("components").forEach(row -> row.path("components").forEach(b -> ids.add(b.get("custom_id").asText())));
        String explain = ids.stream().filter(id -> !id.startsWith("define:")).findFirst().orElseThrow();

        // WHEN the student clicks it and the language model's reply starts with @everyone
        ObjectNode click = Payloads.buttonClick(Payloads.STUDENT, explain);
        discord.dispatch("INTERACTION_CREATE", click);

        // THEN the rephrasing reads as a sentence: no mention, no stray "everyone", no gap
        bot.callbackFor(click);
        JsonNode edited = discord.awaitRequest(r -> r.is("PATCH", "/api/v10/webhooks/\\d+/"
                + java.util.regex.Pattern.quote(click.get("token").asText()) + "/messages/@original"), TestBot.WAIT).json();
        String shown = edited.toString();
        assertThat(shown).contains("Imagine walking downhill in fog").doesNotContain("everyone").doesNotContain("@");
        assertThat(edited.at("/allowed_mentions/parse")).isEmpty();
    }

    // item 4
    @Test
    void should_offerNoOptionThatThePromptNames_when_aQuickCheckAsksForHiddenLayer() {
        // GIVEN Hidden Layer as today's term: its definition ends "we also call them latent spaces"
        ObjectNode channel = Payloads.typedSubcommand(Payloads.INSTRUCTOR, "totd", "channel",
                Payloads.option(7, "channel", Payloads.ANNOUNCEMENTS));
        discord.dispatch("INTERACTION_CREATE", channel);
        assertThat(bot.reply(channel).path("content").asText()).startsWith("Saved.");
        ObjectNode queue = Payloads.typedSubcommand(Payloads.INSTRUCTOR, "totd", "queue",
                Payloads.option(3, "date", "today"), Payloads.option(3, "term", "Hidden Layer"));
        discord.dispatch("INTERACTION_CREATE", queue);
        bot.reply(queue);
        int mark = discord.mark();

        // WHEN it is posted with its quick check
        ObjectNode now = Payloads.typedSubcommand(Payloads.INSTRUCTOR, "totd", "now");
        discord.dispatch("INTERACTION_CREATE", now);
        assertThat(bot.reply(now).path("content").asText()).startsWith("Posted Hidden Layer");

        // THEN no wrong option is a term the prompt names; the answer's own name stays masked
        JsonNode check = discord.awaitRequestAfter(mark, r -> r.is("POST", "/api/v10/channels/"
                + Payloads.ANNOUNCEMENTS + "/messages") && r.json().at("/embeds/0/title").asText().equals("Quick check"),
                TestBot.WAIT).json();
        String text = dev.glossarytutor.discord.layout.DiscordShows.text(check.at("/embeds/0/description").asText());
        int first = text.indexOf("\n\n**A)**");
        assertThat(first).isPositive();
        String prompt = text.substring(0, first).toLowerCase(java.util.Locale.ROOT);
        List<String> options = java.util.Arrays.stream(text.substring(first).split("\n"))
                .filter(l -> l.startsWith("**")).map(l -> l.replaceFirst("^\\*\\*[A-D]\\)\\*\\* ", "")).toList();
        assertThat(options).hasSize(4).contains("Hidden Layer");
        assertThat(prompt).contains("latent spaces").doesNotContain("hidden layer");
        assertThat(options).filteredOn(o -> !o.equals("Hidden Layer"))
                .noneMatch(o -> java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(
                        o.toLowerCase(java.util.Locale.ROOT)) + "s?\\b").matcher(prompt).find());
    }
}
