package org.visavis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
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
    void theEditorGetsTmxExportAndTheAlignersRealign() {
        WorkbenchServices s = GuiCommand.services();
        assertThat(s.exports()).extracting(f -> f.name() + "/" + f.extension()).containsExactly("TMX/tmx");
        assertThat(s.realigner()).isNotNull();
    }
}
