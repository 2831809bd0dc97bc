package dev.glossarytutor.match;

/**
 * How far the phrase asked about spells one of an entry's names word by word, when it is not
 * spelt whole: "stratified sampling" for Stratified random sample, "prob dist" for Probability
 * distribution, "effect size" for Sample size. Words match by their forms, by Snowball stem
 * ("sampling", "sample") or as a truncation of three letters or more ("prob" for "probability").
 *
 * @param phraseShare share of the phrase's content words that the name spells
 * @param nameShare   share of the name's content words that the phrase spells
 * @param abbreviated some phrase word matched only as a truncation of a name word
 * @param extraKnown  share of the phrase's content words outside the name that the glossary uses
 *                    elsewhere (in any name or definition); 0 when there are none
 * @param head        how the phrase ends against the name: {@link Head#SPELT} when its last content word
 *                    spells the name's last ("probability sample" for Probability sampling, "stat sig"),
 *                    {@link Head#LEFT_OUT} when that word is not a noun, so the name's head noun was left
 *                    out ("unicast" for Unicast transmission), else {@link Head#OTHER}: a noun that spells
 *                    only a modifier of the name ("gradient" for Gradient descent), or a lone noun that
 *                    spells only the head of a longer name ("transmission"), names a thing of its own
 */
public record PartialName(double phraseShare, double nameShare, boolean abbreviated, double extraKnown,
                          Head head) {
    public static final PartialName NONE = new PartialName(0, 0, false, 0, Head.OTHER);

    /** How a phrase ends against a name it partly spells ({@link #head}). */
    public enum Head {
        OTHER, LEFT_OUT, SPELT
    }
}
