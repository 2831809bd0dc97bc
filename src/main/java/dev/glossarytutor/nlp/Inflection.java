package dev.glossarytutor.nlp;

/**
 * The one plural rule of the tutor. Matching ({@link Canon}), the quiz's answer judge, its question
 * de-duplication and its masker all fold plurals through {@link #singular}, so a name that matches
 * in a question also counts in a quiz answer. Rule-based, enough for regular plurals of technical
 * nouns; words ending in -ss, -us, -is and -as ("loss", "radius", "axis", "bias") are left alone.
 */
public final class Inflection {

    private Inflection() {
    }

    /**
     * The singular of one lower-case word or squashed name: "entries" → "entry", "losses" → "loss",
     * "patches" → "patch", "layers" → "layer"; words of three letters or fewer are left as they are.
     */
    public static String singular(String w) {
        int n = w.length();
        if (n <= 3) {
            return w;
        }
        if (w.endsWith("ies") && n > 4) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || w.endsWith("as")) {
            return w;
        }
        if (w.endsWith("s")) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
