package dev.glossarytutor.nlp;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's beam search with a beam of one, without its cost: {@code BeamSearch} sorts the scores
 * of every outcome at every token to find the beam's threshold, and the lemmatizer has thousands of
 * outcomes, so with a beam of one most of the time analysing a glossary went into that sort. This
 * takes the best-scoring outcome the validator allows, as the beam does (ties go to the first).
 */
final class GreedySequenceModel implements SequenceClassificationModel {
    private final MaxentModel model;

    GreedySequenceModel(MaxentModel model) {
        this.model = model;
    }

    @Override
    public <T> Sequence bestSequence(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> contexts,
                                     SequenceValidator<T> validator) {
        Sequence best = new Sequence();
        double[] probs = new double[model.getNumOutcomes()];
        for (int i = 0; i < sequence.length; i++) {
            String[] before = best.getOutcomes().toArray(new String[0]);
            double[] scores = model.eval(contexts.getContext(i, sequence, before, additionalContext), probs);
            int chosen = argmax(scores);
            if (!validator.validSequence(i, sequence, before, model.getOutcome(chosen))) {
                int allowed = -1;
                for (int p = 0; p < scores.length; p++) {
                    if ((allowed < 0 || scores[p] > scores[allowed])
                            && validator.validSequence(i, sequence, before, model.getOutcome(p))) {
                        allowed = p;
                    }
                }
                chosen = allowed < 0 ? chosen : allowed;
            }
            best.add(model.getOutcome(chosen), scores[chosen]);
        }
        return best;
    }

    private static int argmax(double[] scores) {
        int best = 0;
        for (int p = 1; p < scores.length; p++) {
            if (scores[p] > scores[best]) {
                best = p;
            }
        }
        return best;
    }

    @Override
    public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext, double minSequenceScore,
                                        BeamSearchContextGenerator<T> contexts, SequenceValidator<T> validator) {
        return new Sequence[] {bestSequence(sequence, additionalContext, contexts, validator)};
    }

    @Override
    public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
                                        BeamSearchContextGenerator<T> contexts, SequenceValidator<T> validator) {
        return new Sequence[] {bestSequence(sequence, additionalContext, contexts, validator)};
    }

    @Override
    public String[] getOutcomes() {
        String[] outcomes = new String[model.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = model.getOutcome(i);
        }
        return outcomes;
    }
}
