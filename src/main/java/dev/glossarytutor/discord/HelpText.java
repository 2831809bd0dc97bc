package dev.glossarytutor.discord;

import dev.glossarytutor.answer.Tutor;
import java.util.ArrayList;
import java.util.List;

/** What {@code /help} says: a heading, each feature's lines in registration order, then the instructors' part. */
final class HelpText {
    static final String HEADING = "**Glossary Tutor** quotes the course glossary word for word.";
    /** Where a feature's help line shows an example question; filled from the server's glossary. */
    static final String EXAMPLE_QUESTION = "{example-question}";
    /** Where a feature's help line shows an example comparison; filled from the server's glossary. */
    static final String EXAMPLE_COMPARISON = "{example-comparison}";

    private HelpText() {
    }

    /** {@code text} with its examples taken from {@code tutor}'s glossary, so a networking course never reads about overfitting. */
    static String withExamples(String text, Tutor tutor) {
        return text.replace(EXAMPLE_QUESTION, tutor.exampleQuestion()).replace(EXAMPLE_COMPARISON, tutor.exampleComparison());
    }

    static String of(List<DiscordFeature> features) {
        StringBuilder out = new StringBuilder(HEADING);
        List<String> instructors = new ArrayList<>();
        for (DiscordFeature f : features) {
            f.help().forEach(line -> out.append("\n\u2022 ").append(line));
            instructors.addAll(f.instructorHelp());
        }
        if (!instructors.isEmpty()) {
            out.append("\nInstructors: ").append(String.join("; ", instructors)).append('.');
        }
        return out.toString();
    }
}
