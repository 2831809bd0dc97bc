package dev.glossarytutor.app;

import dev.glossarytutor.answer.Tutor;
import dev.glossarytutor.config.Config;
import dev.glossarytutor.console.ConsoleCommand;
import dev.glossarytutor.console.LeaderboardConsoleCommand;
import dev.glossarytutor.console.QuizConsoleCommand;
import dev.glossarytutor.console.Repl;
import dev.glossarytutor.console.StatsConsoleCommand;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.glossary.GlossaryException;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.quiz.AnswerJudge;
import dev.glossarytutor.quiz.ExecutorQuizScheduler;
import dev.glossarytutor.quiz.QuestionFactory;
import dev.glossarytutor.quiz.QuizEngine;
import dev.glossarytutor.quiz.QuizProgress;
import dev.glossarytutor.quiz.QuizText;
import dev.glossarytutor.render.TextRenderer;
import dev.glossarytutor.store.Database;
import dev.glossarytutor.store.Migration;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the object graph by hand, once, in dependency order. Nothing else constructs services,
 * so this file is the map of the application.
 */
final class Wiring implements AutoCloseable {
    private final Config config;
    private final Glossary glossary;
    private final Tutor tutor;
    private final TextRenderer renderer = new TextRenderer();
    private final Database database;
    private final ExecutorQuizScheduler quizScheduler;
    private final QuizEngine quiz;

    private Wiring(Config config, Glossary glossary) {
        this.config = config;
        this.glossary = glossary;
        this.tutor = new Tutor(glossary);
        this.database = Database.open(config.databaseFile(), migrations());
        Clock clock = Clock.systemUTC();
        this.quizScheduler = new ExecutorQuizScheduler();
        SecureRandom seeds = new SecureRandom();
        this.quiz = new QuizEngine(new QuestionFactory(tutor), new AnswerJudge(tutor),
                new QuizProgress(database, clock), quizScheduler, clock, seeds::nextLong);
    }

    /** Every feature's named migrations, in order. */
    private static List<Migration> migrations() {
        List<Migration> all = new ArrayList<>();
        all.addAll(QuizProgress.migrations());
        return all;
    }

    /** Loads the glossary and builds the answer engine. */
    static Wiring start(Config config) throws GlossaryException {
        return new Wiring(config, GlossaryLoader.load(config.glossaryPath()));
    }

    Config config() {
        return config;
    }

    Tutor tutor() {
        return tutor;
    }

    TextRenderer renderer() {
        return renderer;
    }

    Database database() {
        return database;
    }

    QuizEngine quiz() {
        return quiz;
    }

    Repl repl() {
        List<ConsoleCommand> commands = new ArrayList<>();
        QuizText quizText = new QuizText(renderer, user -> user);
        commands.add(new QuizConsoleCommand(quiz, quizText));
        commands.add(new StatsConsoleCommand(quiz.progress()));
        commands.add(new LeaderboardConsoleCommand(quiz.progress(), quizText));
        return new Repl(tutor, renderer, commands);
    }

    @Override
    public void close() {
        // services with resources (store, schedulers, Discord) close here in reverse order of creation
        quiz.close();
        quizScheduler.close();
        database.close();
    }
}
