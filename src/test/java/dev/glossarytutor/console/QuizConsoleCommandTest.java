package dev.glossarytutor.console;

import dev.glossarytutor.store.sqlite.TestStores;
import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.answer.Tutor;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.quiz.AnswerJudge;
import dev.glossarytutor.quiz.ManualScheduler;
import dev.glossarytutor.testing.MutableClock;
import dev.glossarytutor.quiz.Question;
import dev.glossarytutor.quiz.QuestionFactory;
import dev.glossarytutor.quiz.QuestionKind;
import dev.glossarytutor.quiz.QuizEngine;
import dev.glossarytutor.quiz.QuizKey;
import dev.glossarytutor.quiz.QuizProgress;
import dev.glossarytutor.quiz.QuizText;
import dev.glossarytutor.define.TextRenderer;
import dev.glossarytutor.store.sqlite.SqliteDatabase;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuizConsoleCommandTest {
    private static final long SEED = 42;

    @TempDir
    Path dir;

    private Glossary glossary;
    private Tutor tutor;
    private SqliteDatabase db;
    private QuizEngine engine;
    private ManualScheduler scheduler;
    private Repl repl;

    @BeforeEach
    void setUp() throws Exception {
        glossary = GlossaryLoader.load(Path.of("glossary", "deep-learning"));
        tutor = new Tutor(glossary);
        MutableClock clock = new MutableClock(Instant.parse("2026-01-05T10:00:00Z"));
        db = SqliteDatabase.open(dir.resolve("tutor.db"));
        scheduler = new ManualScheduler(clock);
        engine = new QuizEngine(new QuestionFactory(tutor), new AnswerJudge(tutor), TestStores.quizProgress(db, clock),
                scheduler, clock, () -> SEED);
        TextRenderer renderer = new TextRenderer();
        QuizText text = new QuizText(renderer, u -> u);
        repl = new Repl(tutor, renderer, List.of(new QuizConsoleCommand(engine, text),
                new StatsConsoleCommand(engine.progress(), tutor::glossary), new LeaderboardConsoleCommand(engine.progress(), text)));
    }

    @AfterEach
    void tearDown() {
        engine.close();
        db.close();
    }

    @Test
    void quiz_should_not_be_left_running_when_an_answer_cannot_be_stored() throws Exception {
        // GIVEN a database that fails every write (closed here; in life locked, full or read-only)
        db.close();
        // WHEN the student starts a quiz, answers (the write fails), then starts another
        String output = run("quiz 2\nA\nquiz 2\nstop\n");
        // THEN the first quiz did not linger and hold the console until its idle timeout
        assertThat(output).contains("went wrong").doesNotContain("You already have a quiz running here");
        assertThat(engine.running(QuizKey.personal(ConsoleCommand.SERVER, QuizConsoleCommand.CHANNEL,
                QuizConsoleCommand.USER))).isFalse();
    }

    @Test
    void quiz_endedWhileTheStudentTyped_leavesTheLineToTheRepl() throws Exception {
        // GIVEN input whose second line arrives only after the quiz has been idle for 16 minutes
        Reader slowTyping = new Reader() {
            private final String[] lines = {"quiz 1\n", "stats\n"};
            private int next;

            @Override
            public int read(char[] buffer, int offset, int length) {
                if (next == lines.length) {
                    return -1;
                }
                if (next == 1) {
                    scheduler.advance(java.time.Duration.ofMinutes(16)); // the idle check ends the quiz
                }
                String line = lines[next++];
                line.getChars(0, line.length(), buffer, offset);
                return line.length();
            }

            @Override
            public void close() {
            }
        };
        StringWriter out = new StringWriter();

        // WHEN
        repl.run(new BufferedReader(slowTyping), new PrintWriter(out), false);

        // THEN "stats" ran as a command instead of being taken as an answer to a quiz that had ended
        assertThat(out.toString()).doesNotContain("No quiz is running here").contains("No quiz answers yet");
    }

    private String run(String input) throws Exception {
        StringWriter out = new StringWriter();
        repl.run(new BufferedReader(new StringReader(input)), new PrintWriter(out), false);
        return out.toString();
    }

    /** The questions the engine will ask for the fixed seed: the same factory, the same seed. */
    private List<Question> expectedQuestions(int n) {
        return new QuestionFactory(tutor).quiz(n, EnumSet.allOf(QuestionKind.class), List.of(), new Random(SEED));
    }

    private static String right(Question q) {
        return q.kind() == QuestionKind.TERM_TO_DEFINITION ? Question.letter(q.correctIndex()) : q.entry().term();
    }

    private static String wrong(Question q) {
        return q.isMultipleChoice() ? Question.letter((q.correctIndex() + 1) % 4) : "no such thing";
    }

    @Test
    void quiz_should_ask_three_questions_judge_and_quote_the_definitions() throws Exception {
        // GIVEN the three questions of the seeded quiz, answered right, wrong, right
        List<Question> qs = expectedQuestions(3);
        String input = "quiz 3\n" + right(qs.get(0)) + "\n" + wrong(qs.get(1)) + "\n" + right(qs.get(2)) + "\nstats\nquit\n";
        // WHEN they are piped into the REPL
        String out = run(input);
        // THEN it prints the three questions with their prompts
        assertThat(out).contains("Quiz: 3 questions.", "Question 1/3: ", "Question 2/3: ", "Question 3/3: ");
        for (Question q : qs) {
            assertThat(out).contains(q.prompt());
            q.options().forEach(o -> assertThat(out).contains(") " + o));
        }
        // AND the verdicts, in order
        assertThat(out).containsSubsequence("you: correct!", "you: not quite", "you: correct!");
        // AND each answer with its definition quoted word for word
        for (Question q : qs) {
            assertThat(out).contains("Answer: " + q.answerLabel() + "\n## " + q.entry().term() + "\n"
                    + q.entry().definition() + "\n");
        }
        // AND the results table, then the stats
        assertThat(out).contains("Quiz over. Results:").containsPattern("1\\s+you\\s+2/3\\s+67%");
        assertThat(out).containsPattern("answered\\s+3").containsPattern("correct\\s+2 \\(67%\\)");
        assertThat(out).doesNotContain("went wrong");
    }

    @Test
    void quiz_should_stop_on_request_and_at_end_of_input() throws Exception {
        // WHEN the student types stop during a quiz, THEN it ends early and the REPL goes on
        String out = run("quiz 5\nstop\nleaderboard\n");
        assertThat(out).contains("Question 1/5", "Stopped. Answer: ", "Quiz stopped after 1 of 5 questions",
                "All time:", "Last 7 days:", "(nobody yet)", "Bye.");
        // WHEN input ends in the middle of a quiz, THEN the REPL ends quietly
        assertThat(run("quiz 2\n")).contains("Question 1/2").endsWith("Bye.\n");
    }

    @Test
    void quiz_should_explain_bad_arguments() throws Exception {
        assertThat(run("quiz 0\n")).contains("A quiz has 1 to 20 questions, not 0.", "Usage: quiz [n]");
        assertThat(run("quiz lots\n")).contains("'lots' is not a number of questions.");
        assertThat(run("quiz 21\n")).contains("not 21");
    }

    @Test
    void quiz_review_should_ask_missed_terms_first() throws Exception {
        // GIVEN the student missed Kernel
        engine.progress().recordAnswer(ConsoleCommand.SERVER, QuizConsoleCommand.USER, "Kernel", false);
        // WHEN they start a review, THEN Kernel is the first question and the reveal quotes it
        String out = run("quiz review 1\nfilter\n");
        assertThat(out).contains("due review terms first", "Question 1/1", "## Kernel\n"
                + glossary.get("Kernel").definition());
    }

    @Test
    void help_should_list_the_quiz_commands() throws Exception {
        assertThat(run("help\n")).contains("quiz [n]", "stats", "leaderboard");
        assertThat(run("stats\n")).contains("No quiz answers yet.");
    }
}
