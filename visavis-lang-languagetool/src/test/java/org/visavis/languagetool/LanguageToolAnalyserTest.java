package org.visavis.languagetool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.visavis.model.Language;

class LanguageToolAnalyserTest {

    /** Everything of an analysis the tagger and the grammar rules read, token by token. */
    private static String describe(AnalyzedSentence s) {
        List<String> lines = new ArrayList<>();
        for (AnalyzedTokenReadings t : s.getTokens()) {
            lines.add(t.getToken() + " @" + t.getStartPos() + "-" + t.getEndPos() + " ws=" + t.isWhitespaceBefore()
                    + " end=" + t.isSentenceEnd() + " para=" + t.isParagraphEnd() + " chunks=" + t.getChunkTags()
                    + " clean=" + t.getCleanToken() + " " + t.getReadings().stream()
                    .map(r -> r.getLemma() + "/" + r.getPOSTag()).collect(Collectors.joining(" ")));
        }
        return String.join("\n", lines) + "\nbefore disambiguation: " + s.getTokensWithoutWhitespace().length;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "en, corpora/self-organisation/en-sample.txt",
        "fr, corpora/self-organisation/fr-sample.txt",
    })
    void analysesAsJLanguageToolDoes(String code, String file) throws IOException {
        Language language = Language.of(code);
        JLanguageTool tool = new JLanguageTool(LanguageToolLanguages.lookUp(language));
        List<String> sentences = new ArrayList<>();
        for (String paragraph : Files.readAllLines(Path.of(file))) {
            if (!paragraph.isBlank()) {
                sentences.addAll(tool.sentenceTokenize(paragraph));
            }
        }
        // soft hyphens (taken out before tagging, positions shifted) and trailing white space
        sentences.add(code.equals("fr") ? "Les pa\u00ADquets sont instal\u00ADlés.  " : "The pack\u00ADages are in\u00ADstalled.  ");
        assertThat(sentences).hasSizeGreaterThan(40);
        LanguageToolAnalyser analyser = LanguageToolAnalyser.of(language);
        for (String s : sentences) {
            assertThat(describe(analyser.analyse(s))).as(s).isEqualTo(describe(tool.getAnalyzedSentence(s)));
        }
    }

    @ParameterizedTest
    @CsvSource({"en, The proletariat has not disappeared.", "fr, Le prolétariat n’a pas disparu."})
    void leavesItsAnalysisWhereTheProofreaderFindsIt(String code, String sentence) throws IOException {
        Language language = Language.of(code);
        AnalyzedSentence analysed = LanguageToolAnalyser.of(language).analyse(sentence);
        org.languagetool.Language lt = LanguageToolLanguages.lookUp(language);
        JLanguageTool tool = new JLanguageTool(lt, null, LanguageToolPool.cacheOf(lt));
        assertThat(tool.getAnalyzedSentence(sentence)).isSameAs(analysed);
    }
}
