package dev.glossarytutor.quiz;

import dev.glossarytutor.glossary.Entry;
import java.util.List;
import java.util.Objects;

/**
 * One quiz question, ready to show. The prompt and option labels are quiz text (masked or
 * shortened); the verbatim definition to reveal is {@code entry().definition()}.
 *
 * @param kind          what sort of question
 * @param entry         the entry asked about: the right answer
 * @param prompt        what the student reads
 * @param options       option labels, A first; empty for typed answers
 * @param optionEntries the entry behind each option, same order; empty for typed answers
 * @param correctIndex  index of the right option, or -1 for typed answers
 */
public record Question(
        QuestionKind kind,
        Entry entry,
        String prompt,
        List<String> options,
        List<Entry> optionEntries,
        int correctIndex) {

    public static final int OPTIONS = 4;

    public Question {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(prompt, "prompt");
        options = List.copyOf(options);
        optionEntries = List.copyOf(optionEntries);
        if (options.size() != optionEntries.size()) {
            throw new IllegalArgumentException("each option needs its entry");
        }
        if (kind.isMultipleChoice()) {
            if (options.size() != OPTIONS || correctIndex < 0 || correctIndex >= OPTIONS
                    || !optionEntries.get(correctIndex).equals(entry)) {
                throw new IllegalArgumentException("a multiple-choice question needs " + OPTIONS
                        + " options with the answer at correctIndex");
            }
        } else if (!options.isEmpty() || correctIndex != -1) {
            throw new IllegalArgumentException("a typed question has no options");
        }
    }

    public boolean isMultipleChoice() {
        return kind.isMultipleChoice();
    }

    /** "A" for 0, "B" for 1 ... */
    public static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }

    /** The right answer as shown: "B) Pooling", or the term for typed questions. */
    public String answerLabel() {
        return isMultipleChoice() ? letter(correctIndex) + ") " + entry.term() : entry.term();
    }
}
