package dev.glossarytutor.quiz;

import java.time.Instant;

/** Quiz answers of a whole server per term, for the instructors' class report. Read-only. */
public interface TermAccuracyRepository {

    /** Quiz answers given at or after {@code since}: per term, and how many distinct students gave them. */
    ClassAccuracy accuracy(String server, Instant since);

    /**
     * @param students distinct students who answered
     * @param terms    one row per term answered, by term
     */
    record ClassAccuracy(int students, java.util.List<TermScore> terms) {
        public ClassAccuracy {
            terms = java.util.List.copyOf(terms);
        }

        public int answers() {
            return terms.stream().mapToInt(TermScore::answered).sum();
        }
    }
}
