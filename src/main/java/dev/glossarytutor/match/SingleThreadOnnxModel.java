package dev.glossarytutor.match;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * One of the quantized models that ship in LangChain4j's jars, run by an ONNX session with one
 * intra-op thread. A question's embedding is a few dozen tokens: spreading it over both cores of
 * a small machine buys little and makes latency jumpy, while one thread leaves the other core to
 * the JVM and to concurrent questions. Measured with {@code bench} (see README).
 */
final class SingleThreadOnnxModel extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;
    private final int dimension;

    SingleThreadOnnxModel(String modelResource, String tokenizerResource, PoolingMode pooling, int dimension) {
        super(null);
        this.dimension = dimension;
        try (InputStream model = open(modelResource); InputStream tokenizer = open(tokenizerResource)) {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            this.encoder = new OnnxBertBiEncoder(environment, session, tokenizer, pooling);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedding model " + modelResource, e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot start the embedding model " + modelResource, e);
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return dimension;
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = SingleThreadOnnxModel.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing " + resource + " on the classpath; is its langchain4j-embeddings jar there?");
        }
        return in;
    }
}
