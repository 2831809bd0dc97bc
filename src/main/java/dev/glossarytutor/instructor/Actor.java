package dev.glossarytutor.instructor;

import java.util.Objects;

/**
 * Who is asking, as far as permissions go. A transport decides who counts as an instructor (on
 * Discord: Manage Server or the configured role; on the console: everyone) and passes the result,
 * so the tools themselves never see Discord types.
 *
 * @param id         the user, for logs
 * @param instructor whether the user may use instructor tools
 */
public record Actor(String id, boolean instructor) {
    private static final Actor CONSOLE = new Actor("console", true);

    public Actor {
        Objects.requireNonNull(id, "id");
    }

    /** The console user, who runs the process and so is an instructor. */
    public static Actor console() {
        return CONSOLE;
    }

    public static Actor student(String id) {
        return new Actor(id, false);
    }

    public static Actor instructor(String id) {
        return new Actor(id, true);
    }

    /** Throws unless this actor is an instructor; {@code what} completes "Only instructors can ...". */
    public void requireInstructor(String what) {
        if (!instructor) {
            throw new NotInstructorException("Only instructors can " + what + ".");
        }
    }
}
