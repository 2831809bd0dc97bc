package dev.glossarytutor.discord;

import java.util.ArrayList;
import java.util.List;

/** What {@code /help} says: a heading, each feature's lines in registration order, then the instructors' part. */
final class HelpText {
    static final String HEADING = "**Glossary Tutor** quotes the course glossary word for word.";

    private HelpText() {
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
