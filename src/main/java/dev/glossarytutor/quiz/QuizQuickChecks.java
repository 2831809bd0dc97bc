package dev.glossarytutor.quiz;

import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.totd.QuickCheck;
import dev.glossarytutor.totd.QuickCheckSource;
import java.util.Locale;
import java.util.Random;

/**
 * The term of the day's quick check, made by the quiz's own question generator, so it masks the
 * term and picks plausible wrong options exactly like a quiz does. Seeded by the term, so a
 * preview shows the check that will be posted.
 */
public final class QuizQuickChecks implements QuickCheckSource {
    private final QuestionFactory questions;

    public QuizQuickChecks(QuestionFactory questions) {
        this.questions = questions;
    }

    @Override
    public QuickCheck quickCheckFor(Entry entry) {
        Question q = questions.multipleChoiceFor(entry, new Random(entry.term().toLowerCase(Locale.ROOT).hashCode()));
        return new QuickCheck("Which term is this? " + q.prompt(), q.options(), q.correctIndex());
    }
}
