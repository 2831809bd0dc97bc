package dev.glossarytutor.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import opennlp.tools.lemmatizer.Lemmatizer;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English OpenNLP models shipped on Maven Central as jars (UD English-EWT, version 1.3).
 * They are read from the classpath once; models are thread-safe, the *ME tools built on them are not.
 *
 * <p>The tagger and the lemmatizer decode greedily (a beam of one) instead of the models' default
 * beam of three. On every question and definition we have (about 15,000 tokens) both give exactly
 * the same tags and lemmas, and greedy decoding costs a third: the lemmatizer scores thousands of
 * lemma classes per token, and was the most expensive step in answering a named term. With a beam
 * of one the lemmatizer is {@link GreedyLemmatizer}, which finds the best class without sorting
 * them all (most of the time a large glossary took to analyse at start-up).
 */
record EnglishModels(SentenceModel sentences, TokenizerModel tokens, POSModel pos, LemmatizerModel lemmas) {

    /** Artifact names inside the model files (package-private constants in OpenNLP). */
    private static final String POS_ARTIFACT = "pos.model";
    private static final String LEMMATIZER_ARTIFACT = "lemmatizer.model";
    static final int GREEDY = 1;

    /** The models as shipped, decoding with their own beam size. */
    static EnglishModels loadAsShipped() {
        try {
            return new EnglishModels(
                    new SentenceModel(open("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")),
                    new TokenizerModel(open("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")),
                    new POSModel(open("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")),
                    new LemmatizerModel(open("opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP English models from the classpath", e);
        }
    }

    /** The models with greedy tagging and lemmatising, as the tutor uses them. */
    static EnglishModels load() {
        return loadAsShipped().withBeamSize(GREEDY);
    }

    /**
     * The same models decoding with {@code beamSize}. A model whose classifier is not a plain
     * maximum-entropy model (a future release might ship another kind) is kept as it is.
     */
    EnglishModels withBeamSize(int beamSize) {
        POSModel tagger = pos;
        if (pos.getArtifact(POS_ARTIFACT) instanceof MaxentModel maxent) {
            tagger = new POSModel(pos.getLanguage(), maxent, beamSize, Map.of(), pos.getFactory());
        }
        LemmatizerModel lemmatizer = lemmas;
        if (lemmas.getArtifact(LEMMATIZER_ARTIFACT) instanceof MaxentModel maxent) {
            lemmatizer = new LemmatizerModel(lemmas.getLanguage(), maxent, beamSize, Map.of(), lemmas.getFactory());
        }
        return new EnglishModels(sentences, tokens, tagger, lemmatizer);
    }

    /** A new lemmatizer (not thread-safe) decoding with the lemmas model's beam size. */
    Lemmatizer lemmatizer() {
        if (String.valueOf(GREEDY).equals(lemmas.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER))
                && lemmas.getArtifact(LEMMATIZER_ARTIFACT) instanceof MaxentModel maxent) {
            return new GreedyLemmatizer(maxent, lemmas.getFactory());
        }
        return new LemmatizerME(lemmas);
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = EnglishModels.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing model " + resource + "; are the opennlp-models-*-en jars on the classpath?");
        }
        return in;
    }
}
