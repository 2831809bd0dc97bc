package dev.glossarytutor.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English OpenNLP models shipped on Maven Central as jars (UD English-EWT, version 1.3).
 * They are read from the classpath once; models are thread-safe, the *ME tools built on them are not.
 */
record EnglishModels(SentenceModel sentences, TokenizerModel tokens, POSModel pos, LemmatizerModel lemmas) {

    static EnglishModels load() {
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

    private static InputStream open(String resource) throws IOException {
        InputStream in = EnglishModels.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing model " + resource + "; are the opennlp-models-*-en jars on the classpath?");
        }
        return in;
    }
}
