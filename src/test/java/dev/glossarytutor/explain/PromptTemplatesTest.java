package dev.glossarytutor.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptTemplatesTest {
    private static final Entry ENTRY = new Entry("Backpropagation", List.of("backprop", "backward pass"),
            List.of("backpropogation"), List.of("Gradient Descent"), List.of(), List.of("optimization"),
            "Algorithm for performing gradient descent on neural networks.", Source.UNKNOWN);

    @TempDir
    Path dir;

    private void writeAll(String text) throws IOException {
        for (Style s : Style.values()) {
            Files.writeString(dir.resolve(s.fileName()), text);
        }
    }

    @Test
    void load_shouldAcceptTheShippedTemplates() {
        // GIVEN the prompts/ folder of the project WHEN loaded
        PromptTemplates templates = PromptTemplates.load(Path.of("prompts"));

        // THEN every style renders with glossary data and no placeholder left
        for (Style style : Style.values()) {
            String text = templates.render(style, ENTRY, LanguageTag.parse("pt-BR")).text();
            assertThat(text).contains(ENTRY.definition(), "Backpropagation", "backprop, backward pass",
                    "Gradient Descent", "Portuguese (Brazil) (pt-BR)").doesNotContain("{{", "}}", "backpropogation");
        }
    }

    @Test
    void render_shouldInsertValuesOnce_whenTheDefinitionLooksLikeAPlaceholder() throws IOException {
        // GIVEN a template and a definition that contains placeholder syntax and a dollar sign
        writeAll("[{{ term }}] {{definition}} ({{aliases}}; {{see_also}}; {{style}}; {{language}})");
        Entry odd = Entry.of("Cost", "Costs $1 per {{term}} \\ call.");

        // WHEN rendered
        Prompt prompt = PromptTemplates.load(dir).render(Style.EXAMPLE, odd, LanguageTag.ENGLISH);

        // THEN the definition is copied verbatim, not expanded again
        assertThat(prompt.text()).isEqualTo("[Cost] Costs $1 per {{term}} \\ call. ((none); (none); example; English (en))");
    }

    @Test
    void load_shouldFailNamingTheFile_whenATemplateIsMissing() throws IOException {
        // GIVEN a folder without analogy.txt
        writeAll("{{definition}}");
        Files.delete(dir.resolve("analogy.txt"));

        // WHEN loaded THEN the error names the file
        assertThatThrownBy(() -> PromptTemplates.load(dir))
                .isInstanceOf(PromptTemplateException.class)
                .hasMessageContaining("analogy.txt: missing");
    }

    @Test
    void load_shouldFail_whenTheFolderIsMissing() {
        assertThatThrownBy(() -> PromptTemplates.load(dir.resolve("nope")))
                .isInstanceOf(PromptTemplateException.class)
                .hasMessageContaining("folder not found")
                .hasMessageContaining("TUTOR_PROMPTS");
    }

    @Test
    void load_shouldReportFileAndLine_whenAPlaceholderIsUnknownOrUnclosed() throws IOException {
        // GIVEN one template with an unknown placeholder on line 2 and an unclosed one on line 3
        writeAll("{{definition}}");
        Files.writeString(dir.resolve("simpler.txt"), "Explain {{definition}}\nto {{student_question}}\nin {{language\n");

        // WHEN loaded
        PromptTemplateException e = org.junit.jupiter.api.Assertions.assertThrows(PromptTemplateException.class,
                () -> PromptTemplates.load(dir));

        // THEN both problems are listed with file and line
        assertThat(e.problems()).containsExactly(
                dir.resolve("simpler.txt") + ":2: unknown placeholder {{student_question}}; known: aliases, definition,"
                        + " language, see_also, style, term",
                dir.resolve("simpler.txt") + ":3: unbalanced '{{'; a placeholder is written {{name}}");
    }

    @Test
    void load_shouldFail_whenTheDefinitionPlaceholderIsMissing() throws IOException {
        // GIVEN templates that name only the term
        writeAll("Explain {{term}} simply.");

        // WHEN loaded THEN each file is reported
        assertThatThrownBy(() -> PromptTemplates.load(dir))
                .isInstanceOf(PromptTemplateException.class)
                .satisfies(e -> assertThat(((PromptTemplateException) e).problems()).hasSize(3)
                        .allMatch(p -> p.endsWith("the required placeholder {{definition}} is missing")));
    }

    @Test
    void reload_shouldSwapTemplates_whenTheyAreValidAndKeepTheOld_whenNot() throws IOException {
        // GIVEN loaded templates
        writeAll("One: {{definition}}");
        PromptTemplates templates = PromptTemplates.load(dir);
        Prompt before = templates.render(Style.SIMPLER, ENTRY, LanguageTag.ENGLISH);

        // WHEN a valid edit is reloaded THEN the new text and a new hash are used
        writeAll("Two: {{definition}}");
        templates.reload();
        Prompt after = templates.render(Style.SIMPLER, ENTRY, LanguageTag.ENGLISH);
        assertThat(after.text()).startsWith("Two: ");
        assertThat(after.templateHash()).isNotEqualTo(before.templateHash());

        // WHEN a broken edit is reloaded THEN it fails and the working templates stay
        writeAll("Three: {{definiton}}");
        assertThatThrownBy(templates::reload).isInstanceOf(PromptTemplateException.class)
                .hasMessageContaining("unknown placeholder {{definiton}}");
        assertThat(templates.render(Style.SIMPLER, ENTRY, LanguageTag.ENGLISH)).isEqualTo(after);
    }
}
