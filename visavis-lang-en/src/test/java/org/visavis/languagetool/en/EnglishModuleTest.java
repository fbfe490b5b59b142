package org.visavis.languagetool.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.visavis.lang.ProofreadingMatch;
import org.visavis.model.Language;

/**
 * English as the application has it: LanguageTool's grammar without its chunker (OpenNLP is not on
 * this module's class path). Sentences of the Debian Handbook's English (corpora/debian-handbook/en-US).
 */
class EnglishModuleTest {
    private final EnglishModule module = new EnglishModule();

    private List<String> grammarRules(String sentence) {
        return module.proofreader(Language.of("en-US"), Set.of("grammar")).check(sentence).stream()
                .map(ProofreadingMatch::ruleId).toList();
    }

    @Test
    void theChunkerModelsAreNotInstalled() {
        assertThat(EnglishModule.chunkerModelsInstalled()).isFalse();
    }

    @Test
    void aRuleThatTestsNoChunkTagStillMatches() {
        // sect.debian-internals.html: "helps making" for "helps make"
        assertThat(grammarRules("It helps making sure the bug in question hasn't already been filed, "
                + "thus preventing redundancy in the system.")).contains("ADVISE_VBG");
    }

    @Test
    void aRuleThatTestsAChunkTagNoLongerMatches() {
        // sect.foundation-documents.html: A_NNS ("a criteria") needs the noun phrase's chunk tag;
        // with LanguageTool's chunker it reports "a selection criteria" (README, "Checks")
        assertThat(grammarRules("More than a selection criteria for Debian, this text has become an "
                + "authority on the subject of free software.")).doesNotContain("A_NNS");
    }
}
