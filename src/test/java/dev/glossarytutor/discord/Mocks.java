package dev.glossarytutor.discord;

import static org.mockito.Mockito.mock;

import java.util.concurrent.CompletableFuture;
import org.mockito.stubbing.Answer;

/** Mocks of Javacord's self-typed builders: a method returning the builder type returns the mock itself. */
final class Mocks {
    private Mocks() {
    }

    /** Javacord's builders return {@code T} (erased to Object), which RETURNS_SELF does not handle. */
    static <T> T builder(Class<T> type) {
        Answer<Object> self = inv -> {
            Class<?> returns = inv.getMethod().getReturnType();
            if (returns == Object.class || returns.isInstance(inv.getMock())) {
                return inv.getMock();
            }
            if (returns == CompletableFuture.class) {
                return CompletableFuture.completedFuture(null);
            }
            return org.mockito.Mockito.RETURNS_DEFAULTS.answer(inv);
        };
        return mock(type, self);
    }
}
