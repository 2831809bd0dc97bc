package dev.glossarytutor.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.glossarytutor.discord.fake.FakeDiscord;
import dev.glossarytutor.discord.fake.Payloads;
import dev.glossarytutor.discord.fake.RecordedRequest;
import dev.glossarytutor.discord.quiz.QuizLayout;
import dev.glossarytutor.quiz.QuestionKind;
import dev.glossarytutor.quiz.QuizEvent;
import dev.glossarytutor.quiz.QuizListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a class notices in its first week on Discord, end to end against the fake Discord: each
 * test is one item of the issue, and failed on the code before its fix.
 */
class DiscordFirstWeekEndToEndTest {
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
        // an instructor ends whatever quiz a test left in the channel
        stopQuiz(Payloads.INSTRUCTOR);
    }

    private QuizEvent.QuestionAsked nextQuestion() throws InterruptedException {
        QuizEvent.QuestionAsked q = asked.poll(TestBot.WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(q).as("a question was asked").isNotNull();
        return q;
    }

    private static List<String> buttonIds(JsonNode message) {
        List<String> ids = new ArrayList<>();
        message.path("components").forEach(row -> row.path("components").forEach(b -> ids.add(b.get("custom_id").asText())));
        return ids;
    }

    private static RecordedRequest questionPosted(int mark, int number) {
        return discord.awaitRequestAfter(mark, r -> r.is("POST", "/api/v10/channels/" + Payloads.GENERAL + "/messages")
                && r.json().path("content").asText().startsWith("**Question " + number + "/"), TestBot.WAIT);
    }

    private static ObjectNode startQuiz(String user, String questions, String scoring, boolean typed) {
        ObjectNode start = Payloads.typedSubcommand(user, "quiz", "start", Payloads.option(4, "questions", questions),
                Payloads.option(4, "seconds", "10"), Payloads.option(3, "scoring", scoring),
                Payloads.option(5, "typed", Boolean.toString(typed)));
        discord.dispatch("INTERACTION_CREATE", start);
        return start;
    }

    private static void stopQuiz(String user) {
        ObjectNode stop = Payloads.typedSubcommand(user, "quiz", "stop");
        discord.dispatch("INTERACTION_CREATE", stop);
        bot.callbackFor(stop);
    }

    private static String content(JsonNode callback) {
        return callback.at("/data/content").asText();
    }

    // item 10
    @Test
    void should_sayHowToTypeAnAnswer_when_aQuizIncludesTypedQuestions() throws Exception {
        // WHEN a channel quiz with typed questions starts
        ObjectNode start = startQuiz(Payloads.STUDENT, "3", "every", true);

        // THEN its announcement does not say only "Click A-D"
        String announced = content(bot.callbackFor(start).json());
        assertThat(announced).contains("started a quiz").contains("Type your answer")
                .doesNotContain("Click A\u2013D to answer");
        nextQuestion();
    }

    // item 3
    @Test
    void should_refuseToReopenTheAnswerBox_when_theStudentHasAlreadyTypedAnAnswer() throws Exception {
        // GIVEN a channel quiz with typed questions, run until a typed question is open
        int mark = discord.mark();
        bot.callbackFor(startQuiz(Payloads.STUDENT, "10", "every", true));
        QuizEvent.QuestionAsked question = nextQuestion();
        while (question.question().kind() != QuestionKind.TYPE_THE_TERM) {
            bot.timers.advance(Duration.ofSeconds(10));
            question = nextQuestion();
        }
        List<String> ids = buttonIds(questionPosted(mark, question.number()).json());
        assertThat(ids).hasSize(1);
        String quizId = QuizLayout.click(ids.get(0)).orElseThrow().quizId();

        // WHEN the student opens the box and types the right term
        ObjectNode open = Payloads.buttonClick(Payloads.STUDENT2, ids.get(0));
        discord.dispatch("INTERACTION_CREATE", open);
        assertThat(bot.callbackFor(open).json().get("type").asInt()).as("a modal").isEqualTo(9);
        ObjectNode typed = Payloads.modalSubmit(Payloads.STUDENT2, QuizLayout.modalId(quizId, question.number()),
                QuizLayout.MODAL_INPUT, question.question().entry().term());
        discord.dispatch("INTERACTION_CREATE", typed);
        assertThat(content(bot.callbackFor(typed).json())).startsWith("Correct!");

        // ... and clicks "Type your answer" again
        ObjectNode again = Payloads.buttonClick(Payloads.STUDENT2, ids.get(0));
        discord.dispatch("INTERACTION_CREATE", again);

        // THEN no box opens: the same private note as a second A-D click
        JsonNode note = bot.callbackFor(again).json();
        assertThat(note.get("type").asInt()).isEqualTo(4);
        assertThat(note.at("/data/flags").asInt() & 64).isEqualTo(64);
        assertThat(content(note)).isEqualTo("You already answered this question; your first answer counts.");
        // ... and a second submission (a box opened before the first answer) gets the same note
        ObjectNode late = Payloads.modalSubmit(Payloads.STUDENT2, QuizLayout.modalId(quizId, question.number()),
                QuizLayout.MODAL_INPUT, "Epoch");
        discord.dispatch("INTERACTION_CREATE", late);
        assertThat(content(bot.callbackFor(late).json())).isEqualTo(content(note));
    }

    // item 5
    @Test
    void should_tellTheWinnerBeforeTheReveal_when_theFirstCorrectAnswerClosesTheQuestion() throws Exception {
        // GIVEN a first-correct channel quiz of one question
        int mark = discord.mark();
        bot.callbackFor(startQuiz(Payloads.STUDENT2, "1", "first", false));
        QuizEvent.QuestionAsked question = nextQuestion();
        List<String> ids = buttonIds(questionPosted(mark, 1).json());

        // WHEN a student clicks the right option
        ObjectNode click = Payloads.buttonClick(Payloads.STUDENT, ids.get(question.question().correctIndex()));
        discord.dispatch("INTERACTION_CREATE", click);

        // THEN they are told they were first ...
        RecordedRequest ack = bot.callbackFor(click);
        assertThat(content(ack.json())).isEqualTo("Correct! (you were first)");
        // ... and that reply went out before the reveal
        RecordedRequest reveal = discord.awaitRequestAfter(mark, r -> r.is("POST", "/api/v10/channels/"
                + Payloads.GENERAL + "/messages") && r.json().path("content").asText().contains("Answer:")
                || r.is("POST", "/api/v10/channels/" + Payloads.GENERAL + "/messages")
                && r.json().at("/embeds/0/title").asText().equals(question.question().entry().term()), TestBot.WAIT);
        List<RecordedRequest> all = discord.requests();
        assertThat(all.indexOf(ack)).isLessThan(all.indexOf(reveal));
    }

    // item 6
    @Test
    void should_echoTheSubjectNotTheWholeQuestion_when_theGlossaryHasNoSuchTerm() {
        // GIVEN a question about a term the glossary lacks, by mention and by /ask
        ObjectNode mention = Payloads.guildMessage(Payloads.GENERAL, Payloads.STUDENT,
                "<@" + Payloads.BOT + "> what is a transformer?", true);
        ObjectNode ask = Payloads.slashCommand(Payloads.STUDENT, "ask", "question", "what is a transformer?");

        // WHEN
        discord.dispatch("MESSAGE_CREATE", mention);
        discord.dispatch("INTERACTION_CREATE", ask);

        // THEN both name the subject, as /define names its term
        String id = mention.get("id").asText();
        JsonNode reply = discord.awaitRequest(r -> r.is("POST", "/api/v10/channels/\\d+/messages")
                && r.json().path("message_reference").path("message_id").asText().equals(id), TestBot.WAIT).json();
        for (String content : List.of(reply.path("content").asText(), bot.reply(ask).path("content").asText())) {
            assertThat(content).startsWith("The glossary has no term for \u201ctransformer\u201d.")
                    .doesNotContain("what is a transformer?");
        }
    }

    // item 7
    @Test
    void should_offerSearchInsteadOfUnrelatedTerms_when_nothingIsClose() {
        // GIVEN a question about an absent term that the matcher loosely relates to unrelated entries
        ObjectNode ask = Payloads.slashCommand(Payloads.STUDENT, "ask", "question", "how do transformers work?");

        // WHEN
        discord.dispatch("INTERACTION_CREATE", ask);

        // THEN no term is offered as "did you mean"; the reply says nothing is close and points to search
        JsonNode data = bot.reply(ask);
        assertThat(buttonIds(data)).isEmpty();
        assertThat(data.path("content").asText()).doesNotContain("Did you mean")
                .contains("Nothing in it comes close").contains("/glossary search");
    }

    // item 7, the other side: a near miss still gets its suggestion
    @Test
    void should_stillSuggestATermWhoseNameIsClose_when_aNameIsMisspeltBeyondRecognition() {
        // GIVEN /define with a name close to a real one but not resolved to it
        ObjectNode define = Payloads.slashCommand(Payloads.STUDENT, "define", "term", "segmentation");

        // WHEN
        discord.dispatch("INTERACTION_CREATE", define);

        // THEN the segmentation terms are offered
        JsonNode data = bot.reply(define);
        assertThat(buttonIds(data)).contains("define:Semantic Segmentation", "define:Instance Segmentation");
    }

    // item 12
    @Test
    void should_registerCommandsGloballyByDefault_soThatTheyShowInDirectMessages() {
        // GIVEN (TestBot) a bot started with the default settings

        // THEN its commands went to the global list, which Discord also shows in DMs ...
        RecordedRequest global = discord.awaitRequest(r -> r.is("PUT", "/api/v10/applications/\\d+/commands"), TestBot.WAIT);
        List<String> dmCommands = new ArrayList<>();
        global.json().forEach(c -> {
            if (c.path("dm_permission").asBoolean(true)) {
                dmCommands.add(c.get("name").asText());
            }
        });
        assertThat(dmCommands).contains("define", "ask", "help");
        // ... and per-server copies, which would show each command twice, were cleared
        RecordedRequest server = discord.awaitRequest(r -> r.is("PUT",
                "/api/v10/applications/\\d+/guilds/" + Payloads.GUILD + "/commands"), TestBot.WAIT);
        assertThat(server.json()).isEmpty();
    }

    // item 12
    @Test
    void should_replyWithTheHelpText_when_aStudentGreetsTheBotByDm() {
        for (String greeting : List.of("hi", "help", "/help", "hello!")) {
            // GIVEN
            ObjectNode dm = Payloads.directMessage(Payloads.STUDENT, greeting);

            // WHEN
            discord.dispatch("MESSAGE_CREATE", dm);

            // THEN the help text, not silence
            String id = dm.get("id").asText();
            JsonNode reply = discord.awaitRequest(r -> r.is("POST", "/api/v10/channels/" + Payloads.DM + "/messages")
                    && r.json().path("message_reference").path("message_id").asText().equals(id), TestBot.WAIT).json();
            assertThat(reply.path("content").asText()).as(greeting).startsWith(HelpText.HEADING).contains("/define");
        }
    }

    private static List<String> choices(String typed) {
        ObjectNode typing = Payloads.autocomplete(Payloads.STUDENT, "define", "term", typed);
        discord.dispatch("INTERACTION_CREATE", typing);
        JsonNode callback = bot.callbackFor(typing).json();
        assertThat(callback.get("type").asInt()).isEqualTo(8);
        List<String> names = new ArrayList<>();
        callback.at("/data/choices").forEach(c -> names.add(c.get("name").asText()));
        return names;
    }

    // item 8
    @Test
    void should_offerTheTerm_when_autocompleteHasAMisspeltPrefixOfEachWord() {
        // WHEN a student types the start of both words, one misspelt
        List<String> offered = choices("recep feild");

        // THEN the term is offered first
        assertThat(offered).first().isEqualTo("Receptive Field");
    }

    // item 8
    @Test
    void should_rankTermsWhoseNameHasAWordStartingWithTheLetterFirst_when_oneLetterIsTyped() {
        // WHEN a student types "s"
        List<String> offered = choices("s");

        // THEN every term whose own name has a word starting with S (Same Convolution, Latent Space, ...)
        // comes before any term matched otherwise (Gradient Descent through its alias SGD)
        List<String> visible = bot.tutor.glossary().entries().stream().map(e -> e.term())
                .filter(t -> java.util.Arrays.stream(t.toLowerCase(java.util.Locale.ROOT).split("[\\s-]+"))
                        .anyMatch(w -> w.startsWith("s")))
                .toList();
        assertThat(visible).contains("Same Convolution", "Latent Space");
        assertThat(offered.subList(0, visible.size())).containsExactlyInAnyOrderElementsOf(visible);
        // ... those that start with it first of all
        assertThat(offered.subList(0, 2)).containsExactlyInAnyOrder("Same Convolution", "Semantic Segmentation");
    }
}
