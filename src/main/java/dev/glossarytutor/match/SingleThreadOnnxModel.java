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
import java.net.URL;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One of the quantized models that ship in LangChain4j's jars, run by an ONNX session with one
 * intra-op thread. A question's embedding is a few dozen tokens: spreading it over both cores of
 * a small machine buys little and makes latency jumpy, while one thread leaves the other core to
 * the JVM and to concurrent questions. Measured with {@code bench} (see README).
 *
 * <p>The model's bytes are read into native memory, not the heap: a 34 MB array would grow the
 * heap once and stay in the process's resident memory for good (docs/operations.md, "Footprint").
 */
final class SingleThreadOnnxModel extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;
    private final int dimension;
    private final EmbeddingModelId id;

    SingleThreadOnnxModel(String name, String modelResource, String tokenizerResource, PoolingMode pooling, int dimension) {
        super(null);
        this.dimension = dimension;
        NativeLibraries.require();
        try (InputStream tokenizer = open(tokenizerResource)) {
            ByteBuffer model = read(modelResource);
            this.id = new EmbeddingModelId(name, sha256(model), dimension);
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            // The arena keeps every buffer it ever grew to; without it, ask --jsonl over the dev questions
            // peaked 20-40 MB lower at the same latency. The memory pattern (planned buffers per input shape)
            // measured no different in memory, so it stays on (docs/operations.md, "Footprint").
            options.setCPUArenaAllocator(false);
            OrtSession session = environment.createSession(model, options);
            release(model);
            this.encoder = new OnnxBertBiEncoder(environment, session, tokenizer, pooling);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedding model " + modelResource, e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot start the embedding model " + modelResource, e);
        }
    }

    /** The model's name, the checksum of its bytes and its dimension: what a stored vector is keyed by. */
    EmbeddingModelId id() {
        return id;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return dimension;
    }

    /** The whole resource in a direct buffer, without passing through the heap. */
    private static ByteBuffer read(String resource) throws IOException {
        URL url = SingleThreadOnnxModel.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IOException(missing(resource));
        }
        long size = url.openConnection().getContentLengthLong();
        if (size <= 0 || size > Integer.MAX_VALUE) {
            throw new IOException("cannot tell the size of " + resource);
        }
        ByteBuffer out = ByteBuffer.allocateDirect((int) size);
        byte[] chunk = new byte[1 << 16];
        try (InputStream in = url.openStream()) {
            int n;
            while ((n = in.read(chunk)) > 0 && out.hasRemaining()) {
                out.put(chunk, 0, Math.min(n, out.remaining()));
            }
        }
        if (out.hasRemaining()) {
            throw new IOException(resource + " ended after " + out.position() + " of " + size + " bytes");
        }
        return out.flip();
    }

    /**
     * Frees a direct buffer now instead of at some later garbage collection: the session has
     * copied what it needs, and 34 MB of native memory would otherwise stay resident.
     */
    private static void release(ByteBuffer direct) {
        try {
            Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
            java.lang.reflect.Field field = unsafeClass.getDeclaredField("theUnsafe");
            field.setAccessible(true);
            unsafeClass.getMethod("invokeCleaner", ByteBuffer.class).invoke(field.get(null), direct);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // left to the garbage collector
        }
    }

    private static String sha256(ByteBuffer bytes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes.duplicate());
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String missing(String resource) {
        return "the embedding model file " + resource + " is not in this build";
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = SingleThreadOnnxModel.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException(missing(resource));
        }
        return in;
    }
}
