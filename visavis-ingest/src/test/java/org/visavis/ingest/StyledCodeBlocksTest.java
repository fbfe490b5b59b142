package org.visavis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.visavis.model.Paragraph;
import org.visavis.model.ParagraphKind;

class StyledCodeBlocksTest {

    private static final List<Paragraph> TIKA = List.of(
            Paragraph.body("Check which version is installed:"),
            Paragraph.body("$ apt-cache policy dpkg"),
            Paragraph.body("dpkg:"),
            Paragraph.body("Installed: 1.21.22"),
            Paragraph.body("The candidate is the version apt would install."));

    @Test
    void theParagraphsOfABlockBecomeOneCodeParagraphWithTheDocumentsSpaces() {
        List<Paragraph> out = StyledCodeBlocks.apply(TIKA, List.of("$ apt-cache policy dpkg\ndpkg:\n  Installed: 1.21.22"));
        assertThat(out).extracting(Paragraph::kind).containsExactly(ParagraphKind.BODY, ParagraphKind.CODE, ParagraphKind.BODY);
        assertThat(out.get(1).text()).isEqualTo("$ apt-cache policy dpkg\ndpkg:\n  Installed: 1.21.22");
    }

    @Test
    void aBlockThatTikaRanIntoOneParagraphIsFoundToo() {
        List<Paragraph> tika = List.of(Paragraph.body("Run:"), Paragraph.body("make all make install"), Paragraph.body("Done."));
        assertThat(StyledCodeBlocks.apply(tika, List.of("make all\nmake install"))).extracting(Paragraph::text)
                .containsExactly("Run:", "make all\nmake install", "Done.");
    }

    @Test
    void aBlockNotAmongTikasParagraphsLeavesThemAsTheyAre() {
        assertThat(StyledCodeBlocks.apply(TIKA, List.of("$ apt-cache policy apt\napt:"))).isEqualTo(TIKA);
    }

    @Test
    void aProseParagraphIsNotTakenForALineOfTheBlock() {
        // the block's second line is not where Tika's text goes on: nothing is code
        List<Paragraph> out = StyledCodeBlocks.apply(TIKA, List.of("$ apt-cache policy dpkg\nThe candidate"));
        assertThat(out).isEqualTo(TIKA);
    }
}
