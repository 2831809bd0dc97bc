package dev.glossarytutor.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.lemmatizer.Lemmatizer;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Splits text into sentences and tokens, tags parts of speech and lemmatises, with the real
 * OpenNLP models. The ME tools keep per-call state, so each thread gets its own set.
 */
public final class Analyzer {
    private final ThreadLocal<Tools> tools;

    public Analyzer() {
        EnglishModels models = EnglishModels.load();
        this.tools = ThreadLocal.withInitial(() -> new Tools(models));
    }

    /** Tokens of every sentence of {@code text}, in order; punctuation tokens are kept. */
    public List<Token> analyze(String text) {
        Tools t = tools.get();
        List<Token> out = new ArrayList<>();
        String[] sentences = t.sentences.sentDetect(text);
        for (int s = 0; s < sentences.length; s++) {
            Span[] spans = QuoteMarks.split(t.tokenizer.tokenizePos(sentences[s]), sentences[s]);
            if (spans.length == 0) {
                continue;
            }
            String[] words = Span.spansToStrings(spans, sentences[s]);
            String[] tags = t.tagger.tag(words);
            String[] lemmas = t.lemmatizer.lemmatize(words, tags);
            for (int i = 0; i < words.length; i++) {
                String lemma = lemmas[i] == null || lemmas[i].equals("O") || lemmas[i].isBlank()
                        ? words[i] : lemmas[i];
                out.add(new Token(words[i], tags[i], lemma.toLowerCase(Locale.ROOT), Spelling.normalize(words[i]), s,
                        i > 0 && spans[i - 1].getEnd() == spans[i].getStart()));
            }
        }
        return out;
    }

    private static final class Tools {
        final SentenceDetectorME sentences;
        final TokenizerME tokenizer;
        final POSTaggerME tagger;
        final Lemmatizer lemmatizer;

        Tools(EnglishModels m) {
            sentences = new SentenceDetectorME(m.sentences());
            tokenizer = new TokenizerME(m.tokens());
            tagger = new POSTaggerME(m.pos());
            lemmatizer = m.lemmatizer();
        }
    }
}
