package dev.glossarytutor.discord;

import dev.glossarytutor.store.SqlLeitnerRepository;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.glossarytutor.coverage.AskedQuestion;
import dev.glossarytutor.discord.fake.FakeDiscord;
import dev.glossarytutor.discord.fake.Payloads;
import dev.glossarytutor.discord.fake.RecordedRequest;
import dev.glossarytutor.store.sqlite.SqliteAskedTermRepository;
import dev.glossarytutor.quiz.LeitnerCard;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /glossary report} and the review-box picture of {@code /quiz stats}, end to end against the fake Discord. */
class DiscordReportEndToEndTest {
    private static TestBot bot;
    private static FakeDiscord discord;

    @BeforeAll
    static void connect() throws Exception {
        bot = TestBot.get();
        discord = bot.discord;
        // a few questions of this server today, so the charts have something to show
        SqliteAskedTermRepository asked = new SqliteAskedTermRepository(bot.database);
        LocalDate today = LocalDate.ofInstant(bot.clock.instant(), java.time.ZoneOffset.UTC);
        asked.record(new AskedQuestion(Payloads.GUILD, today, AskedQuestion.Outcome.ANSWERED, List.of("Epoch")));
        asked.record(new AskedQuestion(Payloads.GUILD, today, AskedQuestion.Outcome.ABSTAINED, List.of()));
    }

    @Test
    void should_attach_the_charts_privately_when_an_instructor_asks_for_the_report() {
        // GIVEN
        ObjectNode report = Payloads.typedSubcommand(Payloads.INSTRUCTOR, "glossary", "report",
                Payloads.option(4, "days", "14"));

        // WHEN
        discord.dispatch("INTERACTION_CREATE", report);

        // THEN a private deferral, then a private message carrying the three PNGs and the summary
        JsonNode callback = bot.callbackFor(report).json();
        assertThat(callback.get("type").asInt()).isEqualTo(5);
        assertThat(callback.at("/data/flags").asInt() & 64).isEqualTo(64);
        String webhook = "/api/v10/webhooks/\\d+/" + Pattern.quote(report.get("token").asText());
        RecordedRequest reply = discord.awaitRequest(r -> (r.is("POST", webhook) || r.is("PATCH", webhook + "/messages/@original"))
                && !r.fileNames().isEmpty(), TestBot.WAIT);
        assertThat(reply.fileNames()).containsExactly("heatmap.png", "questions-per-day.png", "unanswered.png");
        assertThat(reply.parts()).filteredOn(p -> p.headers().contains("filename="))
                .allSatisfy(p -> assertThat(p.content()).contains("PNG").contains("IHDR"));
        JsonNode payload = reply.payloadJson();
        assertThat(payload.path("flags").asInt() & 64).isEqualTo(64);
        assertThat(payload.path("content").asText()).contains("asked 2 questions in the last 14 days");
    }

    @Test
    void should_refuse_a_student_when_they_ask_for_the_report() {
        // GIVEN a student who bypasses the client's permission filter
        ObjectNode report = Payloads.subcommand(Payloads.STUDENT, "glossary", "report");

        // WHEN
        discord.dispatch("INTERACTION_CREATE", report);

        // THEN a private refusal and no charts
        JsonNode reply = bot.callbackFor(report).json();
        assertThat(reply.get("type").asInt()).isEqualTo(4);
        assertThat(reply.at("/data/flags").asInt() & 64).isEqualTo(64);
        assertThat(reply.at("/data/content").asText()).startsWith("Only instructors");
    }

    @Test
    void should_attach_the_review_boxes_privately_when_a_student_asks_for_their_own_stats() {
        // GIVEN a student with three terms in their review boxes
        String student = "600000000000000077";
        SqlLeitnerRepository cards = new SqlLeitnerRepository(bot.database);
        Instant now = bot.clock.instant();
        cards.save(new LeitnerCard(student, "Epoch", 1, now, now));
        cards.save(new LeitnerCard(student, "Loss", 3, now.plus(Duration.ofDays(3)), now));
        cards.save(new LeitnerCard(student, "Kernel", 3, now.plus(Duration.ofDays(3)), now));
        ObjectNode stats = Payloads.subcommand(student, "quiz", "stats");

        // WHEN
        discord.dispatch("INTERACTION_CREATE", stats);

        // THEN a private deferral (a picture cannot ride an immediate reply), edited to carry the
        // picture of their boxes: however long the picture takes, nothing public appears
        JsonNode callback = bot.callbackFor(stats).json();
        assertThat(callback.get("type").asInt()).isEqualTo(5);
        assertThat(callback.at("/data/flags").asInt() & 64).isEqualTo(64);
        String webhook = "/api/v10/webhooks/\\d+/" + Pattern.quote(stats.get("token").asText());
        RecordedRequest reply = discord.awaitRequest(r -> r.is("PATCH", webhook + "/messages/@original")
                && !r.fileNames().isEmpty(), TestBot.WAIT);
        assertThat(reply.fileNames()).containsExactly("review-boxes.png");
    }
}
