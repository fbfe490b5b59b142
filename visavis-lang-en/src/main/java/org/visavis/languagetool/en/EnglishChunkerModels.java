package org.visavis.languagetool.en;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.model.BaseModel;
import org.languagetool.chunking.Chunker;
import org.languagetool.chunking.EnglishChunker;

/**
 * Spares LanguageTool's English chunker the half of its model evaluations that repeat. For each
 * sentence it runs OpenNLP's part-of-speech tagger and chunker, beam searches whose hypotheses at
 * one word often share the features that decide the next tag (the words around it and the two
 * tags before), so the same feature set is evaluated several times in a row; that evaluation,
 * dozens of look-ups in a table of a million features, is most of the English analysis. Each
 * model is wrapped, in the chunker's own shared models, by {@link RecentContexts}, which keeps the
 * last evaluations of each thread and answers a repeated one with the same probabilities. The
 * chunk tags are those of the unwrapped models, to the last bit; only the time changes.
 *
 * <p>{@link EnglishModule} has the analyser call {@link #memoise(Chunker)} when it is made, once the
 * chunker has loaded its models and before its first sentence.
 */
final class EnglishChunkerModels {
    /** OpenNLP's names of the models inside the chunker's model packages. */
    private static final Map<String, String> ARTIFACTS = Map.of("posModel", "pos.model", "chunkerModel", "chunker.model");

    private EnglishChunkerModels() {
    }

    /**
     * Wraps the models of LanguageTool's English chunker (loaded when the chunker was made), once;
     * any other chunker is left as it is. IllegalStateException when this LanguageTool keeps its
     * models otherwise.
     */
    static synchronized void memoise(Chunker chunker) {
        if (chunker instanceof EnglishChunker) {
            ARTIFACTS.forEach((field, artifact) -> memoise(sharedPackage(field), artifact));
        }
    }

    /** Wraps the maximum-entropy model {@code artifact} ("pos.model", ...) of an OpenNLP model package, once. */
    static synchronized void memoise(BaseModel model, String artifact) {
        Map<String, Object> artifacts = artifacts(model);
        Object m = artifacts.get(artifact);
        if (m instanceof RecentContexts) {
            return;
        }
        if (!(m instanceof MaxentModel maxent)) {
            throw new IllegalStateException("no maximum-entropy model '" + artifact + "' in " + model.getClass().getName());
        }
        // replacing a key's value: a thread reading the package meanwhile sees either model
        artifacts.put(artifact, new RecentContexts(maxent));
    }

    /** The models LanguageTool's English chunker evaluates now (none before its first use). */
    static List<Object> sharedModels() {
        List<Object> models = new ArrayList<>();
        ARTIFACTS.forEach((field, artifact) -> {
            BaseModel model = sharedPackage(field);
            if (model != null) {
                models.add(artifacts(model).get(artifact));
            }
        });
        return models;
    }

    /** The model package the English chunker keeps in its static field {@code field}. */
    private static BaseModel sharedPackage(String field) {
        try {
            Field f = EnglishChunker.class.getDeclaredField(field);
            f.setAccessible(true);
            return (BaseModel) f.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("this LanguageTool's English chunker keeps its models otherwise ("
                    + field + "): " + e, e);
        }
    }

    private static Map<String, Object> artifacts(BaseModel model) {
        try {
            Field map = BaseModel.class.getDeclaredField("artifactMap");
            map.setAccessible(true);
            @SuppressWarnings("unchecked")
            Map<String, Object> artifacts = (Map<String, Object>) map.get(model);
            return artifacts;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("this OpenNLP keeps its models otherwise: " + e, e);
        }
    }

    /**
     * A model that answers a feature set evaluated lately on the same thread with the
     * probabilities it had then. OpenNLP's beam search calls {@link #eval(String[], double[])},
     * which fills and returns the array it is given, as here.
     */
    static final class RecentContexts implements MaxentModel {
        /** More than the chunker's beam of 10 hypotheses: all those of one word fit. */
        private static final int KEPT = 16;

        private final MaxentModel model;
        private final ThreadLocal<Recent> recent = ThreadLocal.withInitial(Recent::new);

        RecentContexts(MaxentModel model) {
            this.model = model;
        }

        /** The last {@value #KEPT} feature sets of a thread with their hashes and probabilities. */
        private static final class Recent {
            final String[][] contexts = new String[KEPT][];
            final int[] hashes = new int[KEPT];
            final double[][] probabilities = new double[KEPT][];
            int next;
        }

        @Override
        public double[] eval(String[] context, double[] probs) {
            Recent r = recent.get();
            int hash = Arrays.hashCode(context);
            for (int k = 0; k < KEPT; k++) {
                if (r.hashes[k] == hash && r.contexts[k] != null && Arrays.equals(r.contexts[k], context)) {
                    double[] known = r.probabilities[k];
                    System.arraycopy(known, 0, probs, 0, known.length);
                    return probs;
                }
            }
            double[] computed = model.eval(context, probs);
            r.contexts[r.next] = context.clone();
            r.hashes[r.next] = hash;
            r.probabilities[r.next] = computed.clone();
            r.next = (r.next + 1) % KEPT;
            return computed;
        }

        @Override
        public double[] eval(String[] context) {
            return eval(context, new double[model.getNumOutcomes()]);
        }

        @Override
        public double[] eval(String[] context, float[] values) {
            return model.eval(context, values);
        }

        @Override
        public String getBestOutcome(double[] outcomes) {
            return model.getBestOutcome(outcomes);
        }

        @Override
        public String getAllOutcomes(double[] outcomes) {
            return model.getAllOutcomes(outcomes);
        }

        @Override
        public String getOutcome(int i) {
            return model.getOutcome(i);
        }

        @Override
        public int getIndex(String outcome) {
            return model.getIndex(outcome);
        }

        @Override
        public int getNumOutcomes() {
            return model.getNumOutcomes();
        }
    }
}
