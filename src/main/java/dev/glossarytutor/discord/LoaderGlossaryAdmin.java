package dev.glossarytutor.discord;

import dev.glossarytutor.answer.Tutor;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.glossary.GlossaryException;
import dev.glossarytutor.glossary.GlossaryLoader;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Stand-in {@link GlossaryAdmin}: reloads the glossary folder straight into the {@link Tutor}
 * and reports that gap tracking is not available yet. Replace it with the reload and gap
 * services when they land.
 */
public final class LoaderGlossaryAdmin implements GlossaryAdmin {
    private final Tutor tutor;
    private final Path glossaryPath;

    public LoaderGlossaryAdmin(Tutor tutor, Path glossaryPath) {
        this.tutor = tutor;
        this.glossaryPath = glossaryPath;
    }

    @Override
    public String reload() {
        try {
            Glossary next = GlossaryLoader.load(glossaryPath);
            int before = tutor.glossary().size();
            tutor.reload(next);
            return "Reloaded the glossary: " + next.size() + " terms (was " + before + ").";
        } catch (GlossaryException e) {
            return "The glossary was NOT reloaded; it has problems:\n" + e.problems().stream()
                    .limit(10).map(p -> "\u2022 " + p).collect(Collectors.joining("\n"));
        }
    }

    @Override
    public String gaps() {
        return "Coverage-gap reports are not available yet.";
    }
}
