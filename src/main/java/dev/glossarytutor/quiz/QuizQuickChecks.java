package dev.glossarytutor.quiz;

import dev.glossarytutor.answer.Tutor;
import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.totd.QuickCheck;
import dev.glossarytutor.totd.QuickCheckSource;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

/**
 * The term of the day's quick check, made by the quiz's own question generator, so it masks the
 * term and picks plausible wrong options exactly like a quiz does. Seeded by the term, so a
 * preview shows the check that will be posted.
 */
public final class QuizQuickChecks implements QuickCheckSource {
    private final Function<String, QuestionFactory> questions;

    /** Checks over one glossary, whatever the server. */
    public QuizQuickChecks(QuestionFactory questions) {
        this.questions = server -> questions;
    }

    /** Checks over each server's own glossary; {@code tutors} gives a server's course. */
    public QuizQuickChecks(Function<String, Tutor> tutors) {
        this.questions = server -> new QuestionFactory(tutors.apply(server));
    }

    @Override
    public QuickCheck quickCheckFor(String serverId, Entry entry) {
        Question q = questions.apply(serverId).multipleChoiceFor(entry, new Random(entry.term().toLowerCase(Locale.ROOT).hashCode()));
        return new QuickCheck("Which term is this? " + q.prompt(), q.options(), q.correctIndex());
    }
}
