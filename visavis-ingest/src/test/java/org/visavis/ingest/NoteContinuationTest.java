package org.visavis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages 18 and 19 of chapter 1 of The Debian Administrator's Handbook printed by LibreOffice, as Tika reads them. */
class NoteContinuationTest {

    private static final PageBody PAGE_18 = new PageBody(List.of(
            "More advanced users might be able to provide a fix to",
            "a program by sending a patch.20"), List.of(
            new FootnoteBlock("19", List.of("Remark nineteen on “The Active Role of Users”: see the",
                    "mailing list archives for the discussion that led to it.")),
            new FootnoteBlock("20", List.of("Remark twenty on “The Active Role of Users”: the wiki keeps",
                    "a list of the teams concerned, kept up to date by their", ""))));
    private static final List<String> PAGE_19_TEXT = List.of(
            "Git is a distributed system where each user has a",
            "repository with the complete history of changes.",
            "Central repositories are used to download the project",
            "",
            "members.");
    private static final List<FootnoteBlock> PAGE_19_NOTES = List.of(new FootnoteBlock("21",
            List.of("Remark number 21 on “The Active Role of Users”: not every", "",
                    "derivative follows this rule, but most of them do.")));

    @Test
    void theRestOfANoteAtTheNextPagesFootJoinsIt() {
        List<PageBody> pages = NoteContinuation.carried(PAGE_18, new PageBody(PAGE_19_TEXT, PAGE_19_NOTES), 0);
        assertThat(pages.get(0).notes().get(1).lines()).containsSubsequence("a list of the teams concerned, kept up to date by their",
                "members.");
        assertThat(pages.get(0).notes().get(0)).isEqualTo(PAGE_18.notes().get(0));
        assertThat(pages.get(1).lines()).containsExactly("Git is a distributed system where each user has a",
                "repository with the complete history of changes.", "Central repositories are used to download the project");
        assertThat(pages.get(1).notes()).isEqualTo(PAGE_19_NOTES);
    }

    @Test
    void aFinishedNoteOrABlockThatStartsASentenceTakesNothing() {
        PageBody finished = new PageBody(PAGE_18.lines(), PAGE_18.notes().subList(0, 1));
        PageBody page = new PageBody(PAGE_19_TEXT, PAGE_19_NOTES);
        assertThat(NoteContinuation.carried(finished, page, 0)).containsExactly(finished, page);
        List<String> sentence = List.of("Central repositories are used to download the project", "", "Members agree.");
        PageBody capital = new PageBody(sentence, PAGE_19_NOTES);
        assertThat(NoteContinuation.carried(PAGE_18, capital, 0)).containsExactly(PAGE_18, capital);
        // Double-spaced text (every line apart, as Chromium's) keeps its lines: one blank is no gap there.
        assertThat(NoteContinuation.carried(PAGE_18, page, 1)).containsExactly(PAGE_18, page);
    }
}
