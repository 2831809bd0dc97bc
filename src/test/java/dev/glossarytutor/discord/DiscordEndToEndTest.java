package dev.glossarytutor.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.glossarytutor.answer.Tutor;
import dev.glossarytutor.config.DiscordConfig;
import dev.glossarytutor.config.Env;
import dev.glossarytutor.config.Secret;
import dev.glossarytutor.coverage.CoverageGaps;
import dev.glossarytutor.glossaryadmin.GlossaryReloader;
import dev.glossarytutor.discord.layout.DiscordShows;
import dev.glossarytutor.store.sqlite.SqliteDatabase;
import java.time.Clock;
import dev.glossarytutor.discord.fake.FakeDiscord;
import dev.glossarytutor.discord.fake.Payloads;
import dev.glossarytutor.discord.fake.RecordedRequest;
import dev.glossarytutor.discord.fake.TestCertificate;
import dev.glossarytutor.glossary.GlossaryLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real Javacord client against {@link FakeDiscord}: TLS through a man-in-the-middle proxy
 * trusted via the standard trust-store property, a v10 gateway, and assertions on the REST calls
 * the bot makes.
 */
class DiscordEndToEndTest {
    private static final Duration WAIT = TestBot.WAIT;
    private static TestBot bot;
    private static FakeDiscord discord;
    private static Tutor tutor;

    @BeforeAll
    static void start() throws Exception {
        bot = TestBot.get();
        discord = bot.discord;
        tutor = bot.tutor;
    }

    private static RecordedRequest callbackFor(JsonNode interaction) {
        String path = "/api/v10/interactions/" + interaction.get("id").asText() + "/" + interaction.get("token").asText()
                + "/callback";
        return discord.awaitRequest(r -> r.is("POST", java.util.regex.Pattern.quote(path)), WAIT);
    }

    private static RecordedRequest replyTo(JsonNode message) {
        String id = message.get("id").asText();
        return discord.awaitRequest(r -> r.is("POST", "/api/v10/channels/\\d+/messages")
                && r.json().path("message_reference").path("message_id").asText().equals(id), WAIT);
    }

    private static void assertNoPings(JsonNode body) {
        JsonNode mentions = body.get("allowed_mentions");
        assertThat(mentions).as("allowed_mentions in %s", body).isNotNull();
        assertThat(mentions.get("parse")).isEmpty();
        assertThat(mentions.path("users")).isEmpty();
        assertThat(mentions.path("roles")).isEmpty();
    }

    @Test
    void should_connectWithTheDocumentedIntentsThroughTheProxy() {
        JsonNode identify = discord.identifies().get(0);
        long intents = identify.get("intents").asLong();
        // GUILDS 1<<0, GUILD_MESSAGES 1<<9, DIRECT_MESSAGES 1<<12, MESSAGE_CONTENT 1<<15
        assertThat(intents).isEqualTo((1L) | (1L << 9) | (1L << 12) | (1L << 15));
        assertThat(discord.connectedHosts()).contains("discord.com", "gateway.discord.gg");
        RecordedRequest put = discord.awaitRequest(r -> r.is("PUT", "/api/v10/applications/\\d+/commands"), WAIT);
        List<String> names = new ArrayList<>();
        put.json().forEach(c -> names.add(c.get("name").asText()));
        assertThat(names).containsExactlyInAnyOrder("define", "ask", "glossary", "quiz", "totd", "help",
                "Define terms in this message");
    }

    @Test
    void should_completeTermsAndQuoteTheDefinition_when_defineIsUsed() {
        // GIVEN a student typing "over" in /define term:
        ObjectNode typing = Payloads.autocomplete(Payloads.STUDENT, "define", "term", "over");

        // WHEN
        discord.dispatch("INTERACTION_CREATE", typing);

        // THEN autocomplete answers (callback type 8) with at most 25 choices, Overfitting first
        JsonNode choices = callbackFor(typing).json();
        assertThat(choices.get("type").asInt()).isEqualTo(8);
        assertThat(choices.at("/data/choices")).hasSizeBetween(1, 25);
        assertThat(choices.at("/data/choices/0/name").asText()).isEqualTo("Overfitting");

        // WHEN the command is sent
        ObjectNode define = Payloads.slashCommand(Payloads.STUDENT, "define", "term", "Overfitting");
        discord.dispatch("INTERACTION_CREATE", define);

        // THEN the reply is one embed quoting the definition word for word
        JsonNode reply = bot.reply(define);
        JsonNode embed = reply.at("/embeds/0");
        assertThat(embed.get("title").asText()).isEqualTo("Overfitting");
        assertThat(DiscordShows.text(embed.get("description").asText())).isEqualTo(tutor.glossary().get("Overfitting").definition());
        assertNoPings(reply);
    }

    @Test
    void should_offerTheIntendedTermFirst_when_autocompleteHasATypo() {
        // GIVEN a typo
        ObjectNode typing = Payloads.autocomplete(Payloads.STUDENT, "define", "term", "overfiting");

        // WHEN
        discord.dispatch("INTERACTION_CREATE", typing);

        // THEN an autocomplete response always comes back ...
        JsonNode choices = callbackFor(typing).json();
        assertThat(choices.get("type").asInt()).isEqualTo(8);
        // ... with the intended term first, despite the typo
        assertThat(choices.at("/data/choices/0/name").asText()).isEqualTo("Overfitting");
    }

    @Test
    void should_replyWithTheQuote_when_theBotIsMentioned() {
        // GIVEN
        ObjectNode message = Payloads.guildMessage(Payloads.GENERAL, Payloads.STUDENT,
                "<@" + Payloads.BOT + "> what is an epoch?", true);

        // WHEN
        discord.dispatch("MESSAGE_CREATE", message);

        // THEN
        JsonNode reply = replyTo(message).json();
        assertThat(reply.at("/embeds/0/title").asText()).isEqualTo("Epoch");
        assertThat(DiscordShows.text(reply.at("/embeds/0/description").asText())).isEqualTo(tutor.glossary().get("Epoch").definition());
        assertNoPings(reply);
        assertThat(reply.at("/allowed_mentions/replied_user").asBoolean()).isFalse();
    }

    @Test
    void should_stayQuiet_when_chatterOrUnaddressedMessagesArrive() {
        // GIVEN chatter in the help channel, a general-channel message, and "thanks!" with a mention
        ObjectNode helpChatter = Payloads.guildMessage(Payloads.HELP, Payloads.STUDENT, "thanks!", false);
        ObjectNode general = Payloads.guildMessage(Payloads.GENERAL, Payloads.STUDENT, "what is an epoch?", false);
        ObjectNode mentionedThanks = Payloads.guildMessage(Payloads.GENERAL, Payloads.STUDENT,
                "<@" + Payloads.BOT + "> thanks!", true);
        ObjectNode sentinel = Payloads.guildMessage(Payloads.GENERAL, Payloads.STUDENT,
                "<@" + Payloads.BOT + "> what is a minibatch?", true);

        // WHEN they arrive, followed by a question whose answer proves the earlier ones were processed
        discord.dispatch("MESSAGE_CREATE", helpChatter);
        discord.dispatch("MESSAGE_CREATE", general);
        discord.dispatch("MESSAGE_CREATE", mentionedThanks);
        discord.dispatch("MESSAGE_CREATE", sentinel);
        replyTo(sentinel);

        // THEN nothing answered the first two, and "thanks!" got no definition
        Predicate<RecordedRequest> answers = r -> r.is("POST", "/api/v10/channels/\\d+/messages");
        List<String> repliedTo = discord.requests().stream().filter(answers)
                .map(r -> r.json().path("message_reference").path("message_id").asText()).toList();
        assertThat(repliedTo).doesNotContain(helpChatter.get("id").asText(), general.get("id").asText());
        discord.requests().stream().filter(answers)
                .filter(r -> r.json().path("message_reference").path("message_id").asText()
                        .equals(mentionedThanks.get("id").asText()))
                .forEach(r -> assertThat(r.json().path("embeds")).as("no definition for chatter").isEmpty());
    }

    @Test
    void should_answerADirectMessage() {
        // GIVEN
        ObjectNode dm = Payloads.directMessage(Payloads.STUDENT, "what is backpropagation?");

        // WHEN
        discord.dispatch("MESSAGE_CREATE", dm);

        // THEN
        RecordedRequest reply = replyTo(dm);
        assertThat(reply.path()).isEqualTo("/api/v10/channels/" + Payloads.DM + "/messages");
        assertThat(reply.json().at("/embeds/0/title").asText()).isEqualTo("Backpropagation");
        assertNoPings(reply.json());
    }

    @Test
    void should_showOneEmbedPerTerm_when_askCompares() {
        // GIVEN a comparison question (the stub engine quotes one term for an exact name; the real one compares)
        ObjectNode ask = Payloads.slashCommand(Payloads.STUDENT, "ask", "question", "epoch vs batch size?");

        // WHEN
        discord.dispatch("INTERACTION_CREATE", ask);

        // THEN every quoted term has its own embed, verbatim
        JsonNode reply = bot.reply(ask);
        var answer = tutor.ask("epoch vs batch size?");
        assertThat(answer.kind()).isEqualTo(dev.glossarytutor.answer.Answer.Kind.COMPARISON);
        assertThat(reply.at("/embeds")).hasSize(answer.quotes().size());
        assertThat(reply.at("/embeds/0/title").asText()).isEqualTo(answer.quotes().get(0).term());
        assertThat(reply.at("/embeds/1/title").asText()).isEqualTo(answer.quotes().get(1).term());
        assertNoPings(reply);
    }

    @Test
    void should_refuseAStudent_when_anInstructorCommandIsSentDirectly() {
        // GIVEN a student who bypasses the client's permission filter
        ObjectNode reload = Payloads.subcommand(Payloads.STUDENT, "glossary", "reload");

        // WHEN
        discord.dispatch("INTERACTION_CREATE", reload);

        // THEN an ephemeral refusal (flags 64)
        JsonNode reply = callbackFor(reload).json();
        assertThat(reply.get("type").asInt()).isEqualTo(4);
        assertThat(reply.at("/data/flags").asInt() & 64).isEqualTo(64);
        assertThat(reply.at("/data/content").asText()).startsWith("Only instructors");
    }

    @Test
    void should_runTheReload_when_anInstructorAsks() {
        ObjectNode reload = Payloads.subcommand(Payloads.INSTRUCTOR, "glossary", "reload");
        discord.dispatch("INTERACTION_CREATE", reload);
        // a reload rebuilds the indexes, so the bot may defer; the deferral is private either way
        JsonNode callback = callbackFor(reload).json();
        assertThat(callback.at("/data/flags").asInt() & 64).isEqualTo(64);
        assertThat(bot.reply(reload).path("content").asText()).startsWith("Glossary reloaded: 44 terms.");
    }

    @Test
    void should_echoEveryoneHarmlessly_when_aQuestionContainsMassMentions() {
        // GIVEN
        ObjectNode ask = Payloads.slashCommand(Payloads.STUDENT, "ask", "question",
                "@everyone <@&" + Payloads.TEACHER_ROLE + "> what is a flux capacitor?");

        // WHEN
        discord.dispatch("INTERACTION_CREATE", ask);

        // THEN the abstention echoes what was asked about without a live mention, and pings nobody
        JsonNode data = bot.reply(ask);
        String content = data.get("content").asText();
        assertThat(content).contains("\u201cflux capacitor\u201d").doesNotContain("@everyone", "<@&" + Payloads.TEACHER_ROLE + ">");
        assertNoPings(data);
    }

    @Test
    void should_quoteTheTerm_when_aSuggestionButtonIsClicked() {
        // GIVEN an abstention (its buttons carry define:<term>)
        ObjectNode define = Payloads.slashCommand(Payloads.STUDENT, "define", "term", "flux capacitor");
        discord.dispatch("INTERACTION_CREATE", define);
        JsonNode abstention = bot.reply(define);
        assertThat(abstention.get("content").asText()).contains("no term for");
        List<String> ids = new ArrayList<>();
        abstention.path("components").forEach(row -> row.path("components").forEach(b -> ids.add(b.get("custom_id").asText())));
        assertThat(ids).doesNotHaveDuplicates();
        String customId = ids.isEmpty() ? "define:Epoch" : ids.get(0); // the stub engine offers no suggestions yet

        // WHEN the student clicks a suggestion
        ObjectNode click = Payloads.buttonClick(Payloads.STUDENT, customId);
        discord.dispatch("INTERACTION_CREATE", click);

        // THEN that term is quoted
        JsonNode reply = bot.reply(click);
        String term = customId.substring("define:".length());
        assertThat(reply.at("/embeds/0/title").asText()).isEqualTo(tutor.define(term).quotes().get(0).term());
        assertNoPings(reply);
    }

    @Test
    void should_quoteTermsInAMessage_when_theContextMenuIsUsed() {
        ObjectNode target = Payloads.guildMessage(Payloads.GENERAL, Payloads.STUDENT, "Epoch", false);
        target.put("guild_id", Payloads.GUILD);
        ObjectNode command = Payloads.messageCommand(Payloads.STUDENT, "Define terms in this message", target);
        discord.dispatch("INTERACTION_CREATE", command);
        JsonNode reply = bot.reply(command);
        assertThat(reply.at("/embeds/0/title").asText()).isEqualTo("Epoch");
    }
}
