package dev.glossarytutor.glossaryadmin;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.List;

/** A cheap stand-in for the ONNX model, for tests about loading large glossaries, not about matching. */
final class HashEmbeddings implements EmbeddingModel {
    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        List<Embedding> out = new ArrayList<>(segments.size());
        for (TextSegment s : segments) {
            float[] v = new float[16];
            for (String w : s.text().split("\\W+")) {
                v[Math.floorMod(w.hashCode(), v.length)] += 1f;
            }
            v[0] += 0.001f;
            out.add(Embedding.from(v));
        }
        return Response.from(out);
    }

    @Override
    public int dimension() {
        return 16;
    }
}
