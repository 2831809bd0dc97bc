package dev.glossarytutor.quiz;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one running quiz. Not thread-safe by itself: {@link QuizEngine} holds the session's
 * monitor for every read and change, so answers from many users and timer callbacks serialise.
 */
final class QuizSession {
    final QuizKey key;
    final String starter;
    final QuizSettings settings;
    final List<Question> questions;

    /** Index of the current question; -1 before the first. */
    int current = -1;
    boolean open;
    boolean ended;
    Instant lastActivity;
    QuizScheduler.Cancellable timer = () -> { };
    QuizScheduler.Cancellable idleCheck = () -> { };

    /** Who answered the open question, in order. */
    final Map<String, Verdict> answers = new LinkedHashMap<>();
    /** Who answered the open question correctly, in order. */
    final List<String> correctUsers = new ArrayList<>();
    /** Per participant: correct and answered over the whole quiz. */
    private final ScoreTally tally = new ScoreTally();

    /** Judges against the glossary the questions came from, even if the server changes glossary meanwhile. */
    final AnswerJudge judge;

    QuizSession(QuizKey key, String starter, QuizSettings settings, List<Question> questions, AnswerJudge judge,
                Instant now) {
        this.key = key;
        this.judge = judge;
        this.starter = starter;
        this.settings = settings;
        this.questions = List.copyOf(questions);
        this.lastActivity = now;
    }

    Question question() {
        return questions.get(current);
    }

    int number() {
        return current + 1;
    }

    void count(String user, boolean correct) {
        tally.count(user, correct);
    }

    /** The results table: most correct first, then fewest answered, then by name. */
    List<ResultRow> results() {
        return tally.rows();
    }
}
