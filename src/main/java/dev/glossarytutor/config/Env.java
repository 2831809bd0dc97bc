package dev.glossarytutor.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Typed reads of environment variables. Secrets come from {@code NAME} or from a file named by
 * {@code NAME_FILE} (the Docker secrets convention), never from the command line.
 */
public final class Env {
    private final Map<String, String> vars;

    public Env(Map<String, String> vars) {
        this.vars = Map.copyOf(vars);
    }

    public static Env system() {
        return new Env(System.getenv());
    }

    public Optional<String> get(String name) {
        String value = vars.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    public String get(String name, String fallback) {
        return get(name).orElse(fallback);
    }

    public int getInt(String name, int fallback, int min, int max) {
        Optional<String> raw = get(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value < min || value > max) {
                throw new ConfigException(name + " must be between " + min + " and " + max + ", got " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ConfigException(name + " must be a whole number, got '" + raw.get() + "'");
        }
    }

    public boolean getBoolean(String name, boolean fallback) {
        return get(name).map(v -> switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "1", "true", "yes", "on" -> true;
            case "0", "false", "no", "off" -> false;
            default -> throw new ConfigException(name + " must be true or false, got '" + v + "'");
        }).orElse(fallback);
    }

    /** Reads {@code NAME}, or else the file named by {@code NAME_FILE}. */
    public Optional<Secret> secret(String name) {
        Optional<String> direct = get(name);
        if (direct.isPresent()) {
            return direct.map(Secret::new);
        }
        Optional<String> file = get(name + "_FILE");
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            String value = Files.readString(Path.of(file.get()), StandardCharsets.UTF_8).strip();
            if (value.isEmpty()) {
                throw new ConfigException(name + "_FILE names an empty file: " + file.get());
            }
            return Optional.of(new Secret(value));
        } catch (IOException e) {
            throw new ConfigException(name + "_FILE names a file that cannot be read: " + file.get());
        }
    }
}
