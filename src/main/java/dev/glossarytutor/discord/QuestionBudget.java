package dev.glossarytutor.discord;

import dev.glossarytutor.ratelimit.Throttle;
import java.util.Optional;
import org.javacord.api.entity.DiscordEntity;
import org.javacord.api.interaction.InteractionBase;

/**
 * The per-user and per-channel question limits for interactions. Every command that posts a
 * public answer spends from the one {@link Throttle} that chat also uses, so no command is a way
 * around it; a refused user gets a private notice saying when to try again.
 */
final class QuestionBudget {
    private final Throttle throttle;
    private final Responder responder;

    QuestionBudget(Throttle throttle, Responder responder) {
        this.throttle = throttle;
        this.responder = responder;
    }

    /** True when {@code i} may go ahead; otherwise it has been refused privately. */
    boolean allows(InteractionBase i) {
        String user = i.getUser() == null ? "unknown" : i.getUser().getIdAsString();
        String channel = i.getChannel().map(DiscordEntity::getIdAsString).orElse("dm-" + user);
        Optional<Throttle.Refusal> refused = throttle.refusal(user, channel);
        if (refused.isPresent()) {
            responder.refuse(i, notice(refused.get()));
            return false;
        }
        return true;
    }

    /** What a refused student is told: whose limit it is, and when to try again. */
    static String notice(Throttle.Refusal refusal) {
        String when = Throttle.humanWait(refusal.retryAfter());
        return switch (refusal.scope()) {
            case USER -> "You are asking faster than I can keep up. You can ask again " + when + ".";
            case CHANNEL -> "This channel is busy: it has used its share of questions for this minute. "
                    + "Try again " + when + ", or ask me in a DM.";
        };
    }
}
