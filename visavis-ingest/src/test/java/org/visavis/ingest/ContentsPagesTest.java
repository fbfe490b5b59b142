package org.visavis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentsPagesTest {

    /** Page 2 of the pdfLaTeX fixture (generators/latex.pdf) as Tika extracts it. */
    private static final List<String> CONTENTS = List.of("Contents", "", "1 The Role of Distributions 2",
            "1.1 The Installer: debian-installer . . . . . . . . . . . . 2",
            "1.2 The Software Library . . . . . . . . . . . . . . . . . 3", "", "2 The Foundation Documents 4",
            "2.1 The Commitment towards Users . . . . . . . . . . 4", "3 The Inner Workings of the",
            "Debian Project 10", "3.1 The Debian Developers . . . . . . . . . . . . . . . 10");

    @Test
    void theEntriesOfAContentsPageGoAndItsTitleStays() {
        List<String> page = ContentsPages.without(List.of(CONTENTS)).get(0);
        assertThat(page.get(0)).isEqualTo("Contents");
        assertThat(page.subList(1, page.size())).allMatch(String::isEmpty);
    }

    @Test
    void listsItsTitlesWithoutLeadersOrPageNumbersAndWrappedEntriesWhole() {
        assertThat(ContentsPages.titles(List.of(List.of("A title page"), CONTENTS))).containsExactly(
                "1 The Role of Distributions", "1.1 The Installer: debian-installer", "1.2 The Software Library",
                "2 The Foundation Documents", "2.1 The Commitment towards Users",
                "3 The Inner Workings of the Debian Project", "3.1 The Debian Developers");
    }

    @Test
    void aPageOfTextWithAFewLinesEndingInNumbersStays() {
        List<String> text = List.of("The project counted about 1000 developers in 2021 and", "the archive holds 31,000 source packages in",
                "main, contrib and non-free. Debian 11 was released in", "August, as the release team had planned since",
                "the freeze of February. The next release is Debian 12");
        assertThat(ContentsPages.without(List.of(text)).get(0)).isEqualTo(text);
        assertThat(ContentsPages.titles(List.of(text))).isEmpty();
    }
}
