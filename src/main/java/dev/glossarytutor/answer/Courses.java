package dev.glossarytutor.answer;

import dev.glossarytutor.glossary.Glossary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The installed courses, one {@link Tutor} each, and which one each server uses: its instructor's
 * choice when that course is installed, the default otherwise. Tutors share the loaded models
 * ({@link SharedModels}), never their indexes, so a question is only ever matched against its own
 * server's glossary.
 */
public final class Courses {
    /** Which course a server's instructor chose, as stored; the store knows nothing of what is installed. */
    public interface Choices {
        Optional<String> chosenFor(String serverId);

        void choose(String serverId, String course);

        /** No server has a choice: every server gets the default course. */
        Choices NONE = new Choices() {
            @Override
            public Optional<String> chosenFor(String serverId) {
                return Optional.empty();
            }

            @Override
            public void choose(String serverId, String course) {
                throw new UnsupportedOperationException("choosing a course needs a store");
            }
        };
    }

    /** The outcome of {@link #use}: the course now in use, or why nothing changed. */
    public record Use(boolean changed, String course, String message) {
    }

    private final Map<String, Tutor> byName;
    private final String defaultName;
    private final Choices choices;
    /** Servers whose course this process decides alone, not the store: the console's {@code --glossary}. */
    private final Map<String, String> pinned = new ConcurrentHashMap<>();

    private Courses(Builder b) {
        this.byName = b.byName;
        this.defaultName = b.defaultName != null ? b.defaultName : b.byName.keySet().iterator().next();
        this.choices = b.choices;
    }

    /** One course, the default of every server. */
    public static Courses of(String name, Tutor tutor) {
        return builder().course(name, tutor).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The tutor of {@code serverId}'s course; a blank id (a direct message, a command line) gets the default. */
    public Tutor forServer(String serverId) {
        return byName.get(nameFor(serverId));
    }

    /** The glossary of {@code serverId}'s course, as loaded now. */
    public Glossary glossaryOf(String serverId) {
        return forServer(serverId).glossary();
    }

    /** The name of the course {@code serverId} uses. */
    public String nameFor(String serverId) {
        if (serverId == null || serverId.isBlank()) {
            return defaultName;
        }
        String pin = pinned.get(serverId);
        if (pin != null) {
            return pin;
        }
        return choices.chosenFor(serverId).flatMap(this::canonical).orElse(defaultName);
    }

    /** The tutor of the course named {@code name}, ignoring case. */
    public Optional<Tutor> named(String name) {
        return canonical(name).map(byName::get);
    }

    /** The installed course's own spelling of {@code typed}, ignoring case and blanks. */
    public Optional<String> canonical(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String wanted = typed.strip().toLowerCase(Locale.ROOT);
        return byName.keySet().stream().filter(n -> n.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /** Installed course names, in the order they were added (sorted by folder name at start-up). */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    public String defaultName() {
        return defaultName;
    }

    /** Every course's tutor, for what listens to all answers (gaps, the asked log). */
    public Collection<Tutor> tutors() {
        return List.copyOf(byName.values());
    }

    /** True when more than one course is installed: only then is there anything to choose. */
    public boolean several() {
        return byName.size() > 1;
    }

    /**
     * Makes {@code typed} the course of {@code serverId}, stored for every process on the store. The
     * caller has checked that the user is an instructor.
     */
    public Use use(String serverId, String typed) {
        Objects.requireNonNull(serverId, "serverId");
        Optional<String> course = canonical(typed);
        if (course.isEmpty()) {
            return new Use(false, nameFor(serverId), (typed == null || typed.isBlank() ? "Name a glossary. "
                    : "No glossary is installed under that name. ") + "Installed: " + String.join(", ", names())
                    + "; this server uses " + nameFor(serverId) + ".");
        }
        choices.choose(serverId, course.get());
        return new Use(true, course.get(), "This server now uses the " + course.get() + " glossary ("
                + byName.get(course.get()).glossary().size() + " terms).");
    }

    /** Gives {@code serverId} the course {@code name} in this process only; for the console's {@code --glossary}. */
    public void pin(String serverId, String name) {
        String course = canonical(name).orElseThrow(() -> new IllegalArgumentException(
                "no glossary named '" + name + "'; installed: " + String.join(", ", names())));
        pinned.put(serverId, course);
    }

    /** Assembles the courses; {@link #build} refuses none, duplicates and an unknown default. */
    public static final class Builder {
        private final Map<String, Tutor> byName = new LinkedHashMap<>();
        private String defaultName;
        private Choices choices = Choices.NONE;

        private Builder() {
        }

        public Builder course(String name, Tutor tutor) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(tutor, "tutor");
            boolean taken = byName.keySet().stream().anyMatch(n -> n.equalsIgnoreCase(name));
            if (name.isBlank() || taken) {
                throw new IllegalArgumentException("course names must be distinct and not blank: '" + name + "'");
            }
            byName.put(name, tutor);
            return this;
        }

        /** The course of servers without a choice; the first course added when not set. */
        public Builder defaultCourse(String name) {
            this.defaultName = name;
            return this;
        }

        public Builder choices(Choices choices) {
            this.choices = Objects.requireNonNull(choices, "choices");
            return this;
        }

        public Courses build() {
            if (byName.isEmpty()) {
                throw new IllegalStateException("at least one course is needed");
            }
            if (defaultName != null) {
                List<String> names = new ArrayList<>(byName.keySet());
                defaultName = names.stream().filter(n -> n.equalsIgnoreCase(defaultName.strip())).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("the default glossary '" + defaultName
                                + "' is not installed; installed: " + String.join(", ", names)));
            }
            return new Courses(this);
        }
    }
}
