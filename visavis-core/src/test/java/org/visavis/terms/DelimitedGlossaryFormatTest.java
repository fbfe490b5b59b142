package org.visavis.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.model.Language;

class DelimitedGlossaryFormatTest {
    private static final Language FR = Language.of("fr");
    private static final Language EN = Language.of("en");

    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void readsSeveralTargetsForbiddenRenderingsNotesAndCase() throws Exception {
        Path tsv = file("g.tsv", "# comment\nfr\ten\tforbidden\tnote\tcase\n"
                + "luttes revendicatives\tstruggles over immediate demands\twage struggles|struggles over wages and conditions\tsee note 1\t\n"
                + "version stable\tstable version|stable release\t\t\t\n"
                + "Debian\tDebian\t\t\tsensitive\n");

        Glossary g = DelimitedGlossaryFormat.TSV.read(tsv, FR, EN);

        assertThat(g.entries()).hasSize(3);
        GlossaryEntry luttes = g.entries().get(0);
        assertThat(luttes.forbidden()).extracting(Term::text)
                .containsExactly("wage struggles", "struggles over wages and conditions");
        assertThat(luttes.note()).isEqualTo("see note 1");
        assertThat(g.entries().get(1).targets()).extracting(Term::text).containsExactly("stable version", "stable release");
        assertThat(g.entries().get(2).source().casing()).isEqualTo(Casing.SENSITIVE);
    }

    @Test
    void csvCellsMayBeQuoted() throws Exception {
        Path csv = file("g.csv", "fr,en,note\n\"paquet\",\"package\",\"a .deb, or a source package\"\n");
        Glossary g = DelimitedGlossaryFormat.CSV.read(csv, FR, EN);
        assertThat(g.entries().get(0).note()).isEqualTo("a .deb, or a source package");
    }

    @Test
    void writtenGlossaryReadsBackTheSame() throws Exception {
        Glossary g = DelimitedGlossaryFormat.TSV.read(Path.of(System.getProperty("user.dir"), "glossaries",
                "visavis-fr-en.tsv"), FR, EN);
        for (DelimitedGlossaryFormat format : new DelimitedGlossaryFormat[] {DelimitedGlossaryFormat.TSV,
                DelimitedGlossaryFormat.CSV}) {
            StringWriter out = new StringWriter();
            format.write(g, out);
            Path again = file("again" + (format == DelimitedGlossaryFormat.TSV ? ".tsv" : ".csv"), out.toString());
            assertThat(format.read(again, FR, EN)).isEqualTo(g);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr\\ten\\npaquet\\tpackage\\n\\tsoftware\\n                  | g.tsv:3: no source term",
        "fr\\ten\\npaquet\\n                                          | g.tsv:2: 'paquet' has neither a target term nor a forbidden one",
        "fr\\ten\\tnote\\npaquet\\tpackage\\tx\\ty\\n                  | g.tsv:2: 4 columns but the header has 3",
        "fr\\ten\\tcomment\\npaquet\\tpackage\\n                      | g.tsv:1: unknown column 'comment'",
        "source\\ttarget\\npaquet\\tpackage\\n                         | g.tsv:1: the header must name the languages",
        "fr\\ten\\tcase\\npaquet\\tpackage\\tmaybe\\n                 | g.tsv:2: case must be 'sensitive' or empty",
        "''                                                              | g.tsv: empty glossary",
    })
    void malformedLinesAreNamed(String content, String expected) throws Exception {
        Path tsv = file("g.tsv", content.replace("\\t", "\t").replace("\\n", "\n").replace("''", ""));
        assertThatThrownBy(() -> DelimitedGlossaryFormat.TSV.read(tsv, FR, EN))
                .isInstanceOf(TermsException.class)
                .hasMessageContaining(expected);
    }

    @Test
    void unclosedQuoteIsNamed() throws Exception {
        Path csv = file("g.csv", "fr,en\npaquet,\"package\nlogiciel,software\n");
        assertThatThrownBy(() -> DelimitedGlossaryFormat.CSV.read(csv, FR, EN))
                .isInstanceOf(TermsException.class).hasMessageContaining("g.csv:2: a quoted cell is never closed");
    }

    @Test
    void glossaryOfAnotherLanguagePairIsRefused() throws Exception {
        Path tsv = file("g.tsv", "de\tfr\nPaket\tpaquet\n");
        assertThatThrownBy(() -> DelimitedGlossaryFormat.TSV.read(tsv, FR, EN))
                .isInstanceOf(TermsException.class)
                .hasMessageContaining("the glossary is de→fr but the project is fr→en");
    }

    @Test
    void notUtf8IsRefused() throws Exception {
        Path tsv = dir.resolve("g.tsv");
        Files.write(tsv, "fr\ten\nd\u00e9p\u00f4t\trepository\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> DelimitedGlossaryFormat.TSV.read(tsv, FR, EN))
                .isInstanceOf(TermsException.class).hasMessageContaining("not UTF-8");
    }
}
