package dev.glossarytutor.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.lemmatizer.Lemmatizer;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerFactory;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.SequenceValidator;

/**
 * {@link LemmatizerME} with a beam of one, decoded by {@link GreedySequenceModel} instead of
 * OpenNLP's beam search (OpenNLP 2.5 refuses a lemmatizer model built on another sequence
 * model, so the decoding is wired here). Same steps: predict each token's edit script, then
 * apply it. Not thread-safe, like the ME tools.
 */
final class GreedyLemmatizer implements Lemmatizer {
    private final GreedySequenceModel model;
    private final LemmatizerContextGenerator contexts;
    private final SequenceValidator<String> validator;

    GreedyLemmatizer(MaxentModel maxent, LemmatizerFactory factory) {
        this.model = new GreedySequenceModel(maxent);
        this.contexts = factory.getContextGenerator();
        this.validator = factory.getSequenceValidator();
    }

    @Override
    public String[] lemmatize(String[] tokens, String[] tags) {
        String[] scripts = model.bestSequence(tokens, new Object[] {tags}, contexts, validator).getOutcomes()
                .toArray(new String[0]);
        return LemmatizerME.decodeLemmas(tokens, scripts);
    }

    @Override
    public List<List<String>> lemmatize(List<String> tokens, List<String> tags) {
        List<List<String>> out = new ArrayList<>();
        for (String lemma : lemmatize(tokens.toArray(new String[0]), tags.toArray(new String[0]))) {
            out.add(List.of(lemma));
        }
        return out;
    }
}
