package org.visavis.languagetool.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.chunker.ChunkerME;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.Test;
import org.languagetool.chunking.EnglishChunker;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.lang.TaggedToken;
import org.visavis.model.Language;

class EnglishChunkerModelsTest {

    /** The models LanguageTool's English chunker reads, loaded afresh (not the chunker's shared ones). */
    private static <T> T model(String resource, ModelReader<T> reader) throws IOException {
        try (InputStream in = EnglishChunker.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return reader.read(in);
        }
    }

    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    /** Each sentence's part-of-speech tags, chunk tags and the chunker's probabilities, one line a sentence. */
    private static List<String> tagged(List<String[]> sentences, POSModel pos, ChunkerModel chunker) {
        List<String> lines = new ArrayList<>();
        for (String[] tokens : sentences) {
            String[] tags = new POSTaggerME(pos).tag(tokens);
            ChunkerME me = new ChunkerME(chunker);
            String[] chunks = me.chunk(tokens, tags);
            lines.add(String.join(" ", tags) + " | " + String.join(" ", chunks) + " | " + Arrays.toString(me.probs()));
        }
        return lines;
    }

    @Test
    void theMemoisedModelsTagAndChunkRealSentencesToTheLastBit() throws IOException {
        TokenizerME tokenizer = new TokenizerME(model("/en-token.bin", TokenizerModel::new));
        List<String[]> sentences = new ArrayList<>();
        // the paragraphs of the first pages, each chunked as one sequence
        for (String line : Files.readAllLines(Path.of("corpora/self-organisation/en.txt"))) {
            if (!line.isBlank() && sentences.size() < 80) {
                sentences.add(tokenizer.tokenize(line));
            }
        }
        assertThat(sentences).hasSize(80);
        POSModel pos = model("/en-pos-maxent.bin", POSModel::new);
        ChunkerModel chunker = model("/en-chunker.bin", ChunkerModel::new);
        List<String> plain = tagged(sentences, pos, chunker);

        EnglishChunkerModels.memoise(pos, "pos.model");
        EnglishChunkerModels.memoise(chunker, "chunker.model");
        EnglishChunkerModels.memoise(chunker, "chunker.model");

        assertThat(pos.getPosModel()).isInstanceOf(EnglishChunkerModels.RecentContexts.class);
        assertThat(chunker.getChunkerModel()).isInstanceOf(EnglishChunkerModels.RecentContexts.class);
        assertThat(tagged(sentences, pos, chunker)).isEqualTo(plain);
    }

    @Test
    void theAnalyserChunksWithTheMemoisedModels() throws IOException {
        // the analyser of the English module wraps the shared models of LanguageTool's English chunker when it is made
        List<TaggedToken> tokens = LanguageKnowledge.tagger(Language.of("en")).tag("The working class has not disappeared.");
        assertThat(tokens.get(2).lemma()).isEqualTo("class");
        assertThat(EnglishChunkerModels.sharedModels()).hasSize(2).allMatch(m -> m instanceof EnglishChunkerModels.RecentContexts);
    }
}
