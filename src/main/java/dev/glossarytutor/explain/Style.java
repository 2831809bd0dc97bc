package dev.glossarytutor.explain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a definition is explained differently; each style has its own prompt template. */
public enum Style {
    /** The same meaning in plainer words. */
    SIMPLER,
    /** A concrete example of the term at work. */
    EXAMPLE,
    /** A comparison with something familiar. */
    ANALOGY;

    /** The lower-case name students type and templates are named after ({@code simpler.txt}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The template file of this style inside the prompts folder. */
    public String fileName() {
        return id() + ".txt";
    }

    /** Every style id, for help texts and slash-command choices: "simpler, example, analogy". */
    public static String choices() {
        return Arrays.stream(values()).map(Style::id).collect(Collectors.joining(", "));
    }

    /**
     * The style a student typed, ignoring case and surrounding spaces.
     *
     * @throws IllegalArgumentException naming the choices when the text is no style
     */
    public static Style parse(String typed) {
        String id = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        for (Style s : values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown style '" + (typed == null ? "" : typed.strip())
                + "'; choose one of " + choices());
    }
}
