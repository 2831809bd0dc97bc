package dev.glossarytutor.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a running quiz tells its transports. Events are plain values: the console prints them,
 * a Discord adapter turns them into messages and buttons. Within one quiz they arrive in order.
 */
public sealed interface QuizEvent {

    QuizKey key();

    /** A quiz began. */
    record Started(QuizKey key, String starter, QuizSettings settings, int questions) implements QuizEvent {
    }

    /** A question is open; {@code deadline} is empty for untimed quizzes. */
    record QuestionAsked(QuizKey key, int number, int total, Question question, Optional<Instant> deadline)
            implements QuizEvent {
    }

    /** A counted answer (right or wrong); refused and invalid answers are not events. */
    record AnswerJudged(QuizKey key, int number, String user, Verdict verdict, Question question)
            implements QuizEvent {
    }

    /** A question closed; reveal {@code question().entry()} with its verbatim definition. */
    record QuestionClosed(QuizKey key, int number, int total, Question question, List<String> correctUsers,
                          CloseReason reason) implements QuizEvent {
        public QuestionClosed {
            correctUsers = List.copyOf(correctUsers);
        }
    }

    /** The quiz is over; {@code results} is the table, best first. */
    record Ended(QuizKey key, List<ResultRow> results, EndReason reason, int asked, int total)
            implements QuizEvent {
        public Ended {
            results = List.copyOf(results);
        }
    }

    /** Why a question closed. */
    enum CloseReason { ANSWERED, TIME_UP, STOPPED }

    /** Why a quiz ended. */
    enum EndReason { FINISHED, STOPPED, IDLE }
}
