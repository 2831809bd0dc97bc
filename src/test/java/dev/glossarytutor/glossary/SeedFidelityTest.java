package dev.glossarytutor.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The glossary was converted from the course's seed file (a copy is in test resources). Every
 * definition must still be the seed's text, so the tutor quotes the course word for word.
 */
class SeedFidelityTest {

    @Test
    void everyDefinition_equalsTheSeedText_moduloWhitespace() throws Exception {
        // GIVEN the seed's definition paragraphs (term line, blank, definition paragraph(s))
        List<String> seedParagraphs = seedDefinitionParagraphs();

        // WHEN the glossary is loaded
        Glossary glossary = GlossaryLoader.load(Path.of("glossary", "deep-learning"));

        // THEN the definitions are exactly the seed's paragraphs: none changed, none missing, none invented
        List<String> definitions = glossary.entries().stream().map(e -> squash(e.definition())).toList();
        assertThat(definitions).containsExactlyInAnyOrderElementsOf(seedParagraphs);
    }

    /** Paragraphs of the seed that are definitions: everything but the title and the term lines. */
    private static List<String> seedDefinitionParagraphs() throws Exception {
        List<String> paragraphs = new ArrayList<>();
        for (String block : Files.readString(Path.of("src/test/resources/seed/deep-learning.txt"), StandardCharsets.UTF_8)
                .split("\\n\\s*\\n")) {
            if (!block.isBlank()) {
                paragraphs.add(squash(block));
            }
        }
        List<String> definitions = new ArrayList<>();
        // the title is first; after it, a short term line, then its definition paragraph(s)
        for (int i = 1; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            boolean termLine = p.length() <= 30 && !p.endsWith(".") && !p.contains(":");
            if (!termLine) {
                definitions.add(p);
            }
        }
        return definitions;
    }

    private static String squash(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
