package dev.glossarytutor.config;

import java.util.Objects;

/** A credential. Its {@code toString} never reveals the value, so it is safe in logs and records. */
public final class Secret {
    private final String value;

    public Secret(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a secret must not be blank");
        }
        this.value = value;
    }

    /** The raw value; call only where the credential is handed to its client library. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "****";
    }
}
