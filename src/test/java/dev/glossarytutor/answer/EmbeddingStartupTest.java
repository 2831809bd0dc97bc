package dev.glossarytutor.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.match.EmbeddingCache;
import dev.glossarytutor.match.EmbeddingChoice;
import dev.glossarytutor.match.EmbeddingModelId;
import dev.glossarytutor.store.sqlite.SqliteEmbeddingCache;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Start-up: names are answered before the definitions are embedded, and a restart embeds only what changed. */
class EmbeddingStartupTest {
    private static final String EPOCH = "One complete pass of the training algorithm over the whole training set.";
    private static final String DROPOUT = "A regularization technique that randomly sets a fraction of the units to zero "
            + "during training. It keeps units from co-adapting.";
    private static final String KERNEL = "A small matrix of weights slid over the input of a convolutional layer.";

    @TempDir
    Path dir;

    private Glossary glossary(String kernelDefinition) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("glossary"));
        Files.writeString(folder.resolve("terms.md"), "## Epoch\n\n" + EPOCH + "\n\n## Dropout\n\n" + DROPOUT
                + "\n\n## Kernel\n\n" + kernelDefinition + "\n", StandardCharsets.UTF_8);
        return GlossaryLoader.load(folder);
    }

    /** The SQLite cache, noting which texts each start had to embed and store. */
    private static final class Recording implements EmbeddingCache {
        private final EmbeddingCache inner;
        final List<String> saved = new ArrayList<>();

        Recording(EmbeddingCache inner) {
            this.inner = inner;
        }

        @Override
        public Map<String, float[]> find(EmbeddingModelId model, Collection<String> texts) {
            return inner.find(model, texts);
        }

        @Override
        public void save(EmbeddingModelId model, Map<String, float[]> vectors) {
            saved.addAll(vectors.keySet());
            inner.save(model, vectors);
        }
    }

    @Test
    void restart_shouldEmbedOnlyNewOrChangedText_when_theCacheFileHoldsTheRest() throws Exception {
        Path file = dir.resolve("data").resolve("embeddings.db");
        // GIVEN a first start that embedded the whole glossary into the cache file
        try (SqliteEmbeddingCache stored = SqliteEmbeddingCache.open(file)) {
            Recording first = new Recording(stored);
            Tutor tutor = Tutor.builder().glossary(glossary(KERNEL)).embeddingCache(first).build();
            tutor.awaitEmbeddings();
            assertThat(first.saved).contains(EPOCH, DROPOUT, KERNEL);
        }

        // WHEN the process starts again with one definition edited
        String edited = "A small matrix of weights that slides over an image to detect local patterns.";
        try (SqliteEmbeddingCache stored = SqliteEmbeddingCache.open(file)) {
            Recording second = new Recording(stored);
            Tutor tutor = Tutor.builder().glossary(glossary(edited)).embeddingCache(second).build();
            tutor.awaitEmbeddings();

            // THEN only the edited definition is embedded; the rest comes from the file and still answers descriptions
            assertThat(second.saved).containsExactly(edited);
            assertThat(tutor.ask("what do you call one full pass over the entire training set?").terms())
                    .containsExactly("Epoch");
            assertThat(tutor.ask("what do you call randomly zeroing units while training?").terms())
                    .containsExactly("Dropout");
        }
    }

    /** The real bge-small model, held back until the test lets it embed. */
    private static final class HeldModel implements EmbeddingModel {
        private final EmbeddingModel real = SharedModels.embeddings(EmbeddingChoice.DEFAULT);
        final CountDownLatch released = new CountDownLatch(1);

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return real.embedAll(segments);
        }

        @Override
        public int dimension() {
            return real.dimension();
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // a safety net against a hang, not a timing assertion
    void ask_shouldAnswerNamesAtOnce_when_theDefinitionsAreNotEmbeddedYet() throws Exception {
        // GIVEN a tutor whose model cannot embed the definitions yet
        HeldModel model = new HeldModel();
        EmbeddingChoice bge = EmbeddingChoice.DEFAULT;
        Tutor tutor = Tutor.builder().glossary(glossary(KERNEL)).embeddingModel(model, bge.queryPrefix(), bge.floors())
                .build();

        // WHEN a question names a term
        Answer named = tutor.ask("what is an epoch?");

        // THEN it is answered while the embeddings are still missing
        assertThat(named.terms()).containsExactly("Epoch");
        assertThat(tutor.embeddingsReady()).isFalse();

        // WHEN the model may embed, THEN a description waits for the embeddings and is answered
        model.released.countDown();
        assertThat(tutor.ask("what do you call randomly zeroing units while training?").terms())
                .containsExactly("Dropout");
        assertThat(tutor.embeddingsReady()).isTrue();
    }
}
