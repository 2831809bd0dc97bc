package dev.glossarytutor.app;

import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --glossary NAME}: which installed course the console answers from; a mixin of the console's commands. */
final class ConsoleCourseOption {
    @Option(names = "--glossary", paramLabel = "NAME",
            description = "The installed glossary to use, when TUTOR_GLOSSARY holds several (one folder each); "
                    + "default: TUTOR_GLOSSARY_DEFAULT, else the first by name.")
    String name;

    /** Applies the choice to {@code app}; nothing when no name was given. */
    void applyTo(Wiring app) {
        Optional.ofNullable(name).filter(n -> !n.isBlank()).ifPresent(app::useConsoleCourse);
    }
}
