package dev.glossarytutor.quiz;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * How one quiz runs. Build with {@link #builder()}; the builder rejects out-of-range values
 * with a message a student can act on.
 *
 * @param mode          channel or personal
 * @param questions     how many questions, 1-20
 * @param timeLimit     time per question, 5-120 s; empty for an untimed personal quiz (the console)
 * @param scoring       first correct answer, or every correct answer
 * @param kinds         the question kinds to draw from
 * @param review        ask the student's due review terms first (Leitner)
 * @param idleTimeout   a quiz without any answer for this long stops by itself
 * @param seed          replays the same quiz when given
 */
public record QuizSettings(
        QuizMode mode,
        int questions,
        Optional<Duration> timeLimit,
        Scoring scoring,
        Set<QuestionKind> kinds,
        boolean review,
        Duration idleTimeout,
        OptionalLong seed) {

    public static final int MIN_QUESTIONS = 1;
    public static final int MAX_QUESTIONS = 20;
    public static final int DEFAULT_QUESTIONS = 5;
    public static final Duration MIN_TIME = Duration.ofSeconds(5);
    public static final Duration MAX_TIME = Duration.ofSeconds(120);
    public static final Duration DEFAULT_TIME = Duration.ofSeconds(20);
    public static final Duration DEFAULT_IDLE = Duration.ofMinutes(2);

    public QuizSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(seed, "seed");
        kinds = Set.copyOf(kinds);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder().mode(mode).questions(questions).scoring(scoring).kinds(kinds)
                .review(review).idleTimeout(idleTimeout);
        timeLimit.ifPresentOrElse(b::timeLimit, b::untimed);
        seed.ifPresent(b::seed);
        return b;
    }

    /** Validating builder; every setter fails fast on a bad value. */
    public static final class Builder {
        private QuizMode mode = QuizMode.CHANNEL;
        private int questions = DEFAULT_QUESTIONS;
        private Duration timeLimit = DEFAULT_TIME;
        private Scoring scoring = Scoring.FIRST_CORRECT;
        private Set<QuestionKind> kinds = EnumSet.allOf(QuestionKind.class);
        private boolean review;
        private Duration idleTimeout = DEFAULT_IDLE;
        private Long seed;

        private Builder() {
        }

        public Builder mode(QuizMode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        public Builder questions(int questions) {
            if (questions < MIN_QUESTIONS || questions > MAX_QUESTIONS) {
                throw new IllegalArgumentException("A quiz has " + MIN_QUESTIONS + " to " + MAX_QUESTIONS
                        + " questions, not " + questions + ".");
            }
            this.questions = questions;
            return this;
        }

        public Builder timeLimit(Duration limit) {
            Objects.requireNonNull(limit, "limit");
            if (limit.compareTo(MIN_TIME) < 0 || limit.compareTo(MAX_TIME) > 0) {
                throw new IllegalArgumentException("The time per question is " + MIN_TIME.toSeconds() + " to "
                        + MAX_TIME.toSeconds() + " seconds, not " + limit.toSeconds() + ".");
            }
            this.timeLimit = limit;
            return this;
        }

        /** No timer: each question waits for the answer (personal quizzes only). */
        public Builder untimed() {
            this.timeLimit = null;
            return this;
        }

        public Builder scoring(Scoring scoring) {
            this.scoring = Objects.requireNonNull(scoring, "scoring");
            return this;
        }

        public Builder kinds(Set<QuestionKind> kinds) {
            if (kinds == null || kinds.isEmpty()) {
                throw new IllegalArgumentException("A quiz needs at least one question kind.");
            }
            this.kinds = EnumSet.copyOf(kinds);
            return this;
        }

        public Builder review(boolean review) {
            this.review = review;
            return this;
        }

        public Builder idleTimeout(Duration idle) {
            Objects.requireNonNull(idle, "idle");
            if (idle.isNegative() || idle.isZero()) {
                throw new IllegalArgumentException("The idle timeout must be positive.");
            }
            this.idleTimeout = idle;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public QuizSettings build() {
            if (timeLimit == null && mode == QuizMode.CHANNEL) {
                throw new IllegalArgumentException("A channel quiz needs a time per question.");
            }
            return new QuizSettings(mode, questions, Optional.ofNullable(timeLimit), scoring, kinds, review,
                    idleTimeout, seed == null ? OptionalLong.empty() : OptionalLong.of(seed));
        }
    }
}
