package dev.glossarytutor.totd;

import java.util.Optional;

/** The result of "post now". */
public record PostOutcome(Status status, Optional<PostedTerm> post, String message) {

    public enum Status { POSTED, ALREADY_POSTED, NO_CHANNEL, FAILED }

    public boolean posted() {
        return status == Status.POSTED;
    }
}
