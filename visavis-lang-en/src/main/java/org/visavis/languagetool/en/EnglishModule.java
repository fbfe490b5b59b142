package org.visavis.languagetool.en;

import org.languagetool.chunking.Chunker;
import org.visavis.languagetool.LanguageToolModule;

/**
 * LanguageTool's English (tagger, lemmatizer, word list, proofreader) for visavis. LanguageTool's
 * English chunker, which tags noun and verb phrases with OpenNLP's tokenizer, part-of-speech and
 * chunk models (8.7 MB, a tenth of the application), runs only when those models are on the class
 * path (built with {@code mvn -Penglish-chunker package}); without them the analysis has no chunk
 * tags, and the grammar rules that test one do not match (README, "Checks").
 */
public final class EnglishModule extends LanguageToolModule {
    /** Tags nothing, in place of LanguageTool's chunker when its models are not installed. */
    private static final Chunker NO_CHUNKS = tokens -> { };

    public EnglishModule() {
        super("en", variant -> {
            if (!chunkerModelsInstalled()) {
                variant.setChunker(NO_CHUNKS);
                variant.setPostDisambiguationChunker(NO_CHUNKS);
            }
        });
    }

    /** Whether OpenNLP and the three models LanguageTool's EnglishChunker reads are on the class path. */
    static boolean chunkerModelsInstalled() {
        ClassLoader loader = EnglishModule.class.getClassLoader();
        if (loader.getResource("opennlp/tools/chunker/ChunkerME.class") == null) {
            return false;
        }
        for (String model : new String[] {"en-token.bin", "en-pos-maxent.bin", "en-chunker.bin"}) {
            if (loader.getResource(model) == null) {
                return false;
            }
        }
        return true;
    }
}
