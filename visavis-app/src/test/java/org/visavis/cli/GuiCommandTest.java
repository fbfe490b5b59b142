package org.visavis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.Language;
import org.visavis.model.SegmentedDocument;
import org.visavis.ui.WorkbenchServices;

class GuiCommandTest {

    @Test
    void guiIsACommandOfTheCommandLine() {
        StringWriter out = new StringWriter();
        int code = Main.run(new String[] {"gui", "--help"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        assertThat(out.toString()).contains("Usage: visavis gui").contains("[PROJECT]");
    }

    @Test
    void theEditorGetsEveryExportFormatAndTheAlignersRealign() {
        WorkbenchServices s = GuiCommand.services();
        assertThat(s.exports()).first().extracting(f -> f.name() + "/" + f.extension()).isEqualTo("TMX/tmx");
        assertThat(s.exports()).extracting(f -> f.extension())
                .contains("html", "docx", "odt", "epub", "tsv", "xlf");
        assertThat(s.exports()).extracting(f -> f.name()).doesNotHaveDuplicates()
                .contains("HTML edition, facing pages");
        assertThat(s.exports()).extracting(f -> f.fileName("handbook")).as("each entry proposes its own file")
                .doesNotHaveDuplicates().contains("handbook.tmx", "handbook.side-by-side.docx", "handbook.facing-pages.docx");
        assertThat(s.realigner()).isNotNull();
    }

    @Test
    void theHtmlEditionEntryWritesBothTextsSideBySide(@TempDir Path dir) throws Exception {
        // From corpora/debian-handbook, foreword.
        var fr = SegmentedDocument.ofSentences("foreword.html", Language.parse("fr-FR"),
                List.of("Debian est une distribution Linux « généraliste »."));
        var en = SegmentedDocument.ofSentences("foreword.html", Language.parse("en-US"),
                List.of("Debian GNU/Linux is a “generic” Linux distribution."));
        var a = new Alignment(fr, en, List.of(Bead.auto(List.of(0), List.of(0), 0.9)));
        var html = GuiCommand.services().exports().stream()
                .filter(f -> f.name().equals("HTML edition, side by side")).findFirst().orElseThrow();

        Path out = dir.resolve("fw.html");
        html.exporter().export(a, out);

        assertThat(Files.readString(out)).contains("« généraliste »").contains("“generic”");
    }
}
