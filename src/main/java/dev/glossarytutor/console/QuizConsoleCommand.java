package dev.glossarytutor.console;

import dev.glossarytutor.quiz.AnswerResult;
import dev.glossarytutor.quiz.QuizEngine;
import dev.glossarytutor.quiz.QuizEvent;
import dev.glossarytutor.quiz.QuizKey;
import dev.glossarytutor.quiz.QuizListener;
import dev.glossarytutor.quiz.QuizMode;
import dev.glossarytutor.quiz.QuizSettings;
import dev.glossarytutor.quiz.QuizText;
import dev.glossarytutor.quiz.StartResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * {@code quiz [n]} and {@code quiz review [n]}: a personal, untimed quiz in the console. The
 * student types A-D or the term; {@code stop} ends the quiz; end of input ends it quietly.
 */
public final class QuizConsoleCommand implements ConsoleCommand {
    /** The console is one student in one place. */
    public static final String CHANNEL = "console";
    public static final String USER = "you";
    private static final Duration IDLE = Duration.ofMinutes(15);
    /** How much of a line can be handed back to the REPL when the quiz ended while it was typed. */
    private static final int LONGEST_ANSWER = 8_192;

    private final QuizEngine engine;
    private final QuizText text;

    public QuizConsoleCommand(QuizEngine engine, QuizText text) {
        this.engine = engine;
        this.text = text;
    }

    @Override
    public String name() {
        return "quiz";
    }

    @Override
    public String help() {
        return "quiz [n]             a quiz of n questions (1-20, default 5); quiz review asks your due terms first";
    }

    @Override
    public void run(String arguments, BufferedReader in, PrintWriter out) throws IOException {
        QuizSettings settings;
        try {
            settings = parse(arguments);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.println("Usage: quiz [n] or quiz review [n], with n from 1 to 20.");
            return;
        }
        QuizKey key = QuizKey.personal(ConsoleCommand.SERVER, CHANNEL, USER);
        QuizListener printer = event -> {
            if (event.key().equals(key)) {
                synchronized (out) {
                    out.println(text.render(event));
                    out.println();
                    out.flush();
                }
            }
        };
        engine.addListener(printer);
        try {
            StartResult start = engine.start(ConsoleCommand.SERVER, CHANNEL, USER, settings);
            if (!start.started()) {
                out.println(start.message());
                return;
            }
            play(key, in, out);
        } finally {
            // whatever ended the loop (EOF, stop, or a failure such as an unwritable database), the
            // quiz must not outlive it: the console has no other way to reach it
            if (engine.running(key)) {
                engine.stop(ConsoleCommand.SERVER, CHANNEL, USER, true);
            }
            engine.removeListener(printer);
        }
    }

    private void play(QuizKey key, BufferedReader in, PrintWriter out) throws IOException {
        while (engine.running(key)) {
            in.mark(LONGEST_ANSWER);
            String line = in.readLine();
            if (line != null && !engine.running(key)) {
                giveBack(in); // the quiz ended (idle) while we waited: the line is a command for the REPL
                return;
            }
            if (line == null) {
                engine.stop(ConsoleCommand.SERVER, CHANNEL, USER, true);
                return;
            }
            String answer = line.strip();
            if (answer.equalsIgnoreCase("stop") || answer.equalsIgnoreCase("quit")) {
                engine.stop(ConsoleCommand.SERVER, CHANNEL, USER, true);
                return;
            }
            AnswerResult result = engine.answer(ConsoleCommand.SERVER, CHANNEL, USER, answer);
            if (!result.counted() && !answer.isEmpty()) {
                synchronized (out) {
                    out.println(result.message());
                    out.flush();
                }
            }
        }
    }

    /** Un-reads the line just read, so the REPL sees it; a line too long to un-read is dropped. */
    private static void giveBack(BufferedReader in) {
        try {
            in.reset();
        } catch (IOException e) {
            // longer than LONGEST_ANSWER: not a command anyone typed at the prompt
        }
    }

    static QuizSettings parse(String arguments) {
        String[] words = arguments.strip().toLowerCase(Locale.ROOT).split("\\s+");
        QuizSettings.Builder b = QuizSettings.builder().mode(QuizMode.PERSONAL).untimed().idleTimeout(IDLE);
        int i = 0;
        if (i < words.length && words[i].equals("review")) {
            b.review(true);
            i++;
        }
        if (i < words.length && !words[i].isEmpty()) {
            try {
                b.questions(Integer.parseInt(words[i]));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + words[i] + "' is not a number of questions.");
            }
            i++;
        }
        if (i < words.length && !words[i].isEmpty()) {
            throw new IllegalArgumentException("Unexpected '" + words[i] + "'.");
        }
        return b.build();
    }
}
