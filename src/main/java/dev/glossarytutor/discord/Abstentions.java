package dev.glossarytutor.discord;

import dev.glossarytutor.answer.Answer;
import dev.glossarytutor.answer.Tutor;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an abstention shows on Discord: the subject of the question rather than the whole of it
 * ("transformer", as {@code /define} echoes its term), and only suggestions whose names come close
 * to that subject (a prefix, a typo, a word of the name), so an unrelated term is never offered as
 * "did you mean". Other answers pass unchanged.
 */
final class Abstentions {
    /** How many name matches of the subject a suggestion must be among. */
    private static final int NAME_MATCHES = 25;

    private Abstentions() {
    }

    static Answer forDisplay(Tutor tutor, Answer answer) {
        if (answer.kind() != Answer.Kind.NOT_FOUND) {
            return answer;
        }
        String subject = tutor.subject(answer.question());
        Set<String> close = new HashSet<>(tutor.complete(subject, NAME_MATCHES));
        List<String> relevant = answer.suggestions().stream().filter(close::contains).toList();
        return new Answer(subject, answer.kind(), answer.quotes(), answer.confidence(), relevant, answer.note());
    }
}
