package dev.hermod.embeddings.minilm.internal;

import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.Map;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * The vector of a text with no words: the model run on nothing but its start and end tokens, mean-pooled,
 * as sentence-transformers does for "". LangChain4j refuses such texts; callers (a memory with an empty
 * line, a skill without a description) should not have to filter them.
 */
final class EmptyText {
    private EmptyText() { }

    static float[] vector(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer)
            throws OrtException {
        Encoding encoding = tokenizer.encode("");
        long[] shape = {1, encoding.getIds().length};
        try (OnnxTensor ids = tensor(environment, encoding.getIds(), shape);
             OnnxTensor mask = tensor(environment, encoding.getAttentionMask(), shape);
             OnnxTensor types = tensor(environment, encoding.getTypeIds(), shape)) {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put("input_ids", ids);
            inputs.put("attention_mask", mask);
            if (session.getInputNames().contains("token_type_ids")) {
                inputs.put("token_type_ids", types);
            }
            try (OrtSession.Result result = session.run(inputs)) {
                return meanOf(((float[][][]) result.get(0).getValue())[0]);
            }
        }
    }

    private static OnnxTensor tensor(OrtEnvironment environment, long[] values, long[] shape) throws OrtException {
        return OnnxTensor.createTensor(environment, LongBuffer.wrap(values), shape);
    }

    private static float[] meanOf(float[][] tokens) {
        float[] mean = new float[tokens[0].length];
        for (float[] token : tokens) {
            for (int i = 0; i < mean.length; i++) {
                mean[i] += token[i] / tokens.length;
            }
        }
        return mean;
    }
}
