package dev.glossarytutor.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.lemmatizer.Lemmatizer;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

class EnglishModelsTest {

    @Test
    void load_decodesGreedily() {
        // WHEN
        EnglishModels models = EnglishModels.load();

        // THEN both sequence models were rebuilt with a beam of one
        assertThat(models.pos().getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER)).isEqualTo("1");
        assertThat(models.lemmas().getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER)).isEqualTo("1");
        // AND the lemmatizer decodes without OpenNLP's beam search
        assertThat(models.lemmatizer()).isInstanceOf(GreedyLemmatizer.class);
    }

    @Test
    void greedyDecoding_givesTheShippedBeamSearchsTagsAndLemmas_onTheGlossaryAndOurQuestions() throws IOException {
        // GIVEN the shipped models (beam of three) and the greedy ones
        EnglishModels shipped = EnglishModels.loadAsShipped();
        EnglishModels greedy = shipped.withBeamSize(EnglishModels.GREEDY);
        SentenceDetectorME sentences = new SentenceDetectorME(shipped.sentences());
        TokenizerME tokenizer = new TokenizerME(shipped.tokens());
        POSTaggerME beamTagger = new POSTaggerME(shipped.pos());
        POSTaggerME greedyTagger = new POSTaggerME(greedy.pos());
        LemmatizerME beamLemmatizer = new LemmatizerME(shipped.lemmas());
        Lemmatizer greedyLemmatizer = greedy.lemmatizer(); // GreedyLemmatizer, as the Analyzer uses it
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("glossary", "deep-learning", "deep-learning.md"), StandardCharsets.UTF_8));
        lines.addAll(Files.readAllLines(Path.of("src", "test", "resources", "eval", "regression-questions.jsonl"), StandardCharsets.UTF_8));

        // WHEN every sentence is tagged and lemmatised both ways
        List<String> differences = new ArrayList<>();
        int tokens = 0;
        for (String line : lines) {
            for (String sentence : sentences.sentDetect(line)) {
                String[] words = tokenizer.tokenize(sentence);
                if (words.length == 0) {
                    continue;
                }
                tokens += words.length;
                String[] beamTags = beamTagger.tag(words);
                String[] greedyTags = greedyTagger.tag(words);
                String[] beamLemmas = beamLemmatizer.lemmatize(words, beamTags);
                String[] greedyLemmas = greedyLemmatizer.lemmatize(words, greedyTags);
                for (int i = 0; i < words.length; i++) {
                    if (!beamTags[i].equals(greedyTags[i]) || !beamLemmas[i].equals(greedyLemmas[i])) {
                        differences.add(words[i] + ": " + beamTags[i] + "/" + beamLemmas[i] + " vs "
                                + greedyTags[i] + "/" + greedyLemmas[i] + " in " + sentence);
                    }
                }
            }
        }

        // THEN the cheaper decoding changes nothing we rely on
        assertThat(tokens).isGreaterThan(5_000);
        assertThat(differences).isEmpty();
    }
}
