package dev.glossarytutor.app;

import dev.glossarytutor.config.Config;
import dev.glossarytutor.config.ConfigException;
import dev.glossarytutor.glossary.CourseFolder;
import dev.glossarytutor.glossary.GlossaryException;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --glossary NAME}: which installed course the console answers from; a mixin of the console's commands. */
final class ConsoleCourseOption {
    @Option(names = "--glossary", paramLabel = "NAME",
            description = "The installed glossary to use, when TUTOR_GLOSSARY holds several (one folder each); "
                    + "default: TUTOR_GLOSSARY_DEFAULT, else the first by name.")
    String name;

    /**
     * The folder of the chosen course under {@code config}'s glossary path: the named one, else
     * {@code TUTOR_GLOSSARY_DEFAULT}, else the first by name; for commands that load one course alone.
     */
    CourseFolder folder(Config config) throws GlossaryException {
        List<CourseFolder> courses = CourseFolder.discover(config.glossaryPath());
        Optional<String> wanted = Optional.ofNullable(name).filter(n -> !n.isBlank()).or(config::defaultCourse);
        if (wanted.isEmpty()) {
            return courses.get(0);
        }
        return courses.stream().filter(c -> c.isNamed(wanted.get())).findFirst()
                .orElseThrow(() -> new ConfigException("no glossary named '" + wanted.get() + "'; installed: "
                        + String.join(", ", courses.stream().map(CourseFolder::name).toList())));
    }

    /** Applies the choice to {@code app}; nothing when no name was given. */
    void applyTo(Wiring app) {
        Optional.ofNullable(name).filter(n -> !n.isBlank()).ifPresent(app::useConsoleCourse);
    }
}
