package dev.glossarytutor.coverage;

import dev.glossarytutor.answer.Answer;
import dev.glossarytutor.answer.AnswerListener;
import dev.glossarytutor.answer.Quote;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every answered question in the {@link AskedTermRepository}: the day (in the clock's zone),
 * the server and the quoted terms, or "abstained". Chatter and invalid input are not questions.
 */
public final class AskedLog implements AnswerListener {
    private static final Logger log = LoggerFactory.getLogger(AskedLog.class);

    private final AskedTermRepository store;
    private final Clock clock;

    public AskedLog(AskedTermRepository store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void answered(String serverId, Answer answer) {
        AskedQuestion.Outcome outcome = switch (answer.kind()) {
            case NOT_FOUND -> AskedQuestion.Outcome.ABSTAINED;
            case COMPARISON -> AskedQuestion.Outcome.ANSWERED;
            case DEFINITION -> answer.suggestions().isEmpty()
                    ? AskedQuestion.Outcome.ANSWERED : AskedQuestion.Outcome.CLOSE_MATCHES;
            default -> null;
        };
        if (outcome == null) {
            return;
        }
        List<String> terms = outcome == AskedQuestion.Outcome.ABSTAINED ? List.of()
                : answer.quotes().stream().map(Quote::term).distinct().toList();
        if (outcome != AskedQuestion.Outcome.ABSTAINED && terms.isEmpty()) {
            return;
        }
        try {
            store.record(new AskedQuestion(serverId, LocalDate.now(clock), outcome, terms));
        } catch (RuntimeException e) {
            // the student already has the answer; losing one log line must not bother them
            log.warn("Could not log a {} answer for server {}: {}", answer.kind(), serverId, e.getMessage());
        }
    }
}
