package dev.glossarytutor.discord;

import dev.glossarytutor.store.SqlOpenQuizRepository;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.glossarytutor.discord.fake.FakeDiscord;
import dev.glossarytutor.discord.fake.Payloads;
import dev.glossarytutor.discord.fake.RecordedRequest;
import dev.glossarytutor.quiz.Question;
import dev.glossarytutor.quiz.QuizEvent;
import dev.glossarytutor.quiz.QuizListener;
import dev.glossarytutor.discord.layout.DiscordShows;
import dev.glossarytutor.quiz.OpenQuizRepository;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Quizzes on Discord end to end: real Javacord against the fake Discord, the quiz engine on a
 * manual timer, so "the timer ends" is a call, not a sleep.
 */
class DiscordQuizEndToEndTest {
    private static TestBot bot;
    private static FakeDiscord discord;
    private final BlockingQueue<QuizEvent.QuestionAsked> asked = new LinkedBlockingQueue<>();
    private final QuizListener spy = e -> {
        if (e instanceof QuizEvent.QuestionAsked q) {
            asked.add(q);
        }
    };

    @BeforeAll
    static void connect() throws Exception {
        bot = TestBot.get();
        discord = bot.discord;
    }

    @BeforeEach
    void listen() {
        bot.quiz.addListener(spy);
    }

    @AfterEach
    void unlisten() {
        bot.quiz.removeListener(spy);
    }

    private Question nextQuestion() throws InterruptedException {
        QuizEvent.QuestionAsked q = asked.poll(TestBot.WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(q).as("a question was asked").isNotNull();
        return q.question();
    }

    private static List<String> buttonIds(JsonNode message) {
        List<String> ids = new ArrayList<>();
        message.path("components").forEach(row -> row.path("components").forEach(b -> ids.add(b.get("custom_id").asText())));
        return ids;
    }

    private static List<Boolean> disabledFlags(JsonNode message) {
        List<Boolean> flags = new ArrayList<>();
        message.path("components").forEach(row -> row.path("components").forEach(b -> flags.add(b.path("disabled").asBoolean(false))));
        return flags;
    }

    private static void assertNoPings(JsonNode body) {
        JsonNode mentions = body.get("allowed_mentions");
        assertThat(mentions).as("allowed_mentions in %s", body).isNotNull();
        assertThat(mentions.get("parse")).isEmpty();
        assertThat(mentions.path("users")).isEmpty();
        assertThat(mentions.path("roles")).isEmpty();
    }

    private static boolean ephemeral(JsonNode data) {
        return (data.path("flags").asInt() & 64) == 64;
    }

    /** The first message posted in {@code channel} after {@code mark} whose content starts with {@code start}. */
    private static RecordedRequest posted(int mark, String channel, String start) {
        return discord.awaitRequestAfter(mark, r -> r.is("POST", "/api/v10/channels/" + channel + "/messages")
                && r.json().path("content").asText().startsWith(start), TestBot.WAIT);
    }

    @Test
    void should_revealTheVerbatimDefinitionWithDisabledButtons_when_twoUsersClickAndTheTimerEnds() throws Exception {
        // GIVEN a channel quiz of one multiple-choice question, every correct answer scoring
        int mark = discord.mark();
        ObjectNode start = Payloads.typedSubcommand(Payloads.STUDENT, "quiz", "start",
                Payloads.option(4, "questions", "1"), Payloads.option(4, "seconds", "10"),
                Payloads.option(3, "scoring", "every"));
        discord.dispatch("INTERACTION_CREATE", start);
        JsonNode started = bot.callbackFor(start).json().get("data");
        assertThat(started.get("content").asText()).contains("started a quiz").contains("1 question");
        assertThat(ephemeral(started)).isFalse();
        assertNoPings(started);
        Question question = nextQuestion();
        RecordedRequest posted = posted(mark, Payloads.GENERAL, "**Question");
        List<String> ids = buttonIds(posted.json());
        assertThat(ids).hasSize(4);
        assertNoPings(posted.json());
        String right = ids.get(question.correctIndex());
        String wrong = ids.get((question.correctIndex() + 1) % 4);

        // WHEN two students click: one right, one wrong
        ObjectNode first = Payloads.buttonClick(Payloads.STUDENT, right);
        ObjectNode second = Payloads.buttonClick(Payloads.STUDENT2, wrong);
        discord.dispatch("INTERACTION_CREATE", first);
        discord.dispatch("INTERACTION_CREATE", second);

        // THEN each is acknowledged privately at once
        JsonNode ack1 = bot.callbackFor(first).json();
        JsonNode ack2 = bot.callbackFor(second).json();
        assertThat(ack1.get("type").asInt()).isEqualTo(4);
        assertThat(ephemeral(ack1.get("data"))).isTrue();
        assertThat(ack1.at("/data/content").asText()).startsWith("Correct!");
        assertThat(ack2.at("/data/content").asText()).startsWith("Not quite.");

        // WHEN the timer ends
        bot.timers.advance(Duration.ofSeconds(10));

        // THEN the question message is edited: the same buttons, all disabled
        RecordedRequest edit = discord.awaitRequestAfter(mark, r -> r.is("PATCH",
                "/api/v10/channels/" + Payloads.GENERAL + "/messages/\\d+") && buttonIds(r.json()).contains(right), TestBot.WAIT);
        assertThat(buttonIds(edit.json())).isEqualTo(ids);
        assertThat(disabledFlags(edit.json())).containsOnly(true);
        // ... the reveal names the answer, who got it, the scores, and quotes the definition verbatim
        RecordedRequest reveal = posted(mark, Payloads.GENERAL, "Time's up!");
        String content = reveal.json().get("content").asText();
        assertThat(content).contains(question.answerLabel())
                .contains("Right: <@" + Payloads.STUDENT + ">")
                .contains("Scores: <@" + Payloads.STUDENT + "> 1/1 \u00b7 <@" + Payloads.STUDENT2 + "> 0/1");
        assertThat(reveal.json().at("/embeds/0/title").asText()).isEqualTo(question.entry().term());
        assertThat(DiscordShows.text(reveal.json().at("/embeds/0/description").asText())).isEqualTo(question.entry().definition());
        assertNoPings(reveal.json());
        // ... and the results close the quiz
        RecordedRequest over = posted(mark, Payloads.GENERAL, "**Quiz over");
        assertThat(over.json().get("content").asText()).contains("1. <@" + Payloads.STUDENT + "> \u2014 1/1");
        assertNoPings(over.json());
        // ... and the question is no longer recorded as open
        String messageId = edit.path().substring(edit.path().lastIndexOf('/') + 1);
        assertThat(new SqlOpenQuizRepository(bot.database).all()).extracting(OpenQuizRepository.OpenMessage::messageId)
                .doesNotContain(messageId);

        // WHEN the leaderboard is asked for after the quiz
        ObjectNode board = Payloads.typedSubcommand(Payloads.STUDENT2, "quiz", "leaderboard");
        discord.dispatch("INTERACTION_CREATE", board);

        // THEN it ranks the right answer first, publicly, pinging nobody
        JsonNode boardReply = bot.reply(board);
        String table = boardReply.get("content").asText();
        assertThat(table).startsWith("**Leaderboard, all time**").contains("<@" + Payloads.STUDENT + ">")
                .contains("<@" + Payloads.STUDENT2 + ">");
        assertThat(table.indexOf("<@" + Payloads.STUDENT + ">")).isLessThan(table.indexOf("<@" + Payloads.STUDENT2 + ">"));
        assertThat(ephemeral(boardReply)).isFalse();
        assertNoPings(boardReply);
    }

    @Test
    void should_countTheFirstClickAndRefuseTheSecond_when_aStudentClicksTwice() throws Exception {
        // GIVEN an open question
        int mark = discord.mark();
        ObjectNode start = Payloads.typedSubcommand(Payloads.STUDENT2, "quiz", "start",
                Payloads.option(4, "questions", "1"), Payloads.option(4, "seconds", "5"),
                Payloads.option(3, "scoring", "every"));
        discord.dispatch("INTERACTION_CREATE", start);
        bot.callbackFor(start);
        Question question = nextQuestion();
        List<String> ids = buttonIds(posted(mark, Payloads.GENERAL, "**Question").json());
        String wrong = ids.get((question.correctIndex() + 1) % 4);
        String right = ids.get(question.correctIndex());

        // WHEN the student clicks a wrong option, then the right one
        ObjectNode first = Payloads.buttonClick(Payloads.STUDENT2, wrong);
        discord.dispatch("INTERACTION_CREATE", first);
        assertThat(bot.callbackFor(first).json().at("/data/content").asText()).startsWith("Not quite.");
        ObjectNode again = Payloads.buttonClick(Payloads.STUDENT2, right);
        discord.dispatch("INTERACTION_CREATE", again);

        // THEN the second click gets a private note and the first answer stands
        JsonNode note = bot.callbackFor(again).json().get("data");
        assertThat(ephemeral(note)).isTrue();
        assertThat(note.get("content").asText()).isEqualTo("You already answered this question; your first answer counts.");
        bot.timers.advance(Duration.ofSeconds(5));
        RecordedRequest over = posted(mark, Payloads.GENERAL, "**Quiz over");
        assertThat(over.json().get("content").asText()).contains("1. <@" + Payloads.STUDENT2 + "> \u2014 0/1");
    }

    @Test
    void should_runAPrivateQuiz_when_quizMeIsUsed() throws Exception {
        // GIVEN
        ObjectNode me = Payloads.typedSubcommand(Payloads.STUDENT, "quiz", "me",
                Payloads.option(4, "questions", "1"), Payloads.option(5, "typed", "false"));

        // WHEN a student starts a personal quiz
        discord.dispatch("INTERACTION_CREATE", me);

        // THEN the reply and the question are private; the question has A-D buttons
        JsonNode reply = bot.callbackFor(me).json().get("data");
        assertThat(ephemeral(reply)).isTrue();
        assertThat(reply.get("content").asText()).startsWith("Your quiz: 1 question");
        Question question = nextQuestion();
        JsonNode posted = bot.followups(me, 1).get(0).json();
        assertThat(ephemeral(posted)).isTrue();
        assertThat(posted.get("content").asText()).startsWith("**Question 1/1**");
        List<String> ids = buttonIds(posted);
        assertThat(ids).hasSize(4);

        // WHEN the student answers
        ObjectNode click = Payloads.buttonClick(Payloads.STUDENT, ids.get(question.correctIndex()));
        discord.dispatch("INTERACTION_CREATE", click);

        // THEN a private "correct", the question's buttons disabled, and a private reveal quoting the definition
        JsonNode ack = bot.callbackFor(click).json().get("data");
        assertThat(ephemeral(ack)).isTrue();
        assertThat(ack.get("content").asText()).startsWith("Correct!");
        RecordedRequest edit = discord.awaitRequest(r -> r.is("PATCH", "/api/v10/webhooks/\\d+/"
                + Pattern.quote(me.get("token").asText()) + "/messages/\\d+"), TestBot.WAIT);
        assertThat(disabledFlags(edit.json())).hasSize(4).containsOnly(true);
        List<RecordedRequest> after = bot.followups(click, 2);
        JsonNode reveal = after.get(0).json();
        assertThat(ephemeral(reveal)).isTrue();
        assertThat(DiscordShows.text(reveal.at("/embeds/0/description").asText())).isEqualTo(question.entry().definition());
        assertThat(after.get(1).json().get("content").asText()).startsWith("**Quiz over");
        assertThat(ephemeral(after.get(1).json())).isTrue();
        assertNoPings(reveal);
    }

    @Test
    void should_closeQuestionsLeftOpenByAPreviousProcess_when_theBotStarts() {
        // GIVEN (TestBot) a question message recorded as open before the bot connected

        // THEN at start-up its buttons were removed and a note replies to it
        RecordedRequest edit = discord.awaitRequest(r -> r.is("PATCH",
                "/api/v10/channels/" + Payloads.HELP + "/messages/" + bot.interruptedMessageId), TestBot.WAIT);
        assertThat(edit.json().get("components")).isEmpty();
        RecordedRequest note = discord.awaitRequest(r -> r.is("POST", "/api/v10/channels/" + Payloads.HELP + "/messages")
                && r.json().path("message_reference").path("message_id").asText().equals(bot.interruptedMessageId),
                TestBot.WAIT);
        assertThat(note.json().get("content").asText()).isEqualTo(QuizPublisher.RESTART_NOTE);
        assertNoPings(note.json());
        assertThat(new SqlOpenQuizRepository(bot.database).all()).extracting(OpenQuizRepository.OpenMessage::messageId)
                .doesNotContain(bot.interruptedMessageId);
    }
}
