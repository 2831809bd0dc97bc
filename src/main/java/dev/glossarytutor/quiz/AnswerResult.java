package dev.glossarytutor.quiz;

import java.util.Optional;

/**
 * The immediate reply to one answer, for the one who answered (a Discord adapter shows it
 * privately). Counted answers also produce a {@link QuizEvent.AnswerJudged} for everyone.
 */
public record AnswerResult(Status status, Optional<Verdict> verdict, String message) {

    /** What became of the answer. */
    public enum Status {
        CORRECT, WRONG,
        /** A second answer to the same question; the first one counts. */
        ALREADY_ANSWERED,
        /** Not an answer (empty, or text where a letter is needed); the student may still answer. */
        NOT_AN_ANSWER,
        /** No question is open here. */
        NO_QUIZ
    }

    public boolean counted() {
        return status == Status.CORRECT || status == Status.WRONG;
    }

    static AnswerResult refused(Status status, String message) {
        return new AnswerResult(status, Optional.empty(), message);
    }
}
