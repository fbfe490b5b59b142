package org.visavis.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.model.Language;

class TbxGlossaryFormatTest {
    private static final Language FR = Language.of("fr");
    private static final Language EN = Language.of("en");

    static Path fixture(String name) {
        try {
            return Path.of(TbxGlossaryFormatTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsTbxBasicVersion2WithDeprecatedTermsAsForbidden() {
        Glossary g = new TbxGlossaryFormat().read(fixture("tbx-basic-v2.tbx"), FR, EN);

        // the third entry has no French term: it is not part of the fr→en glossary
        assertThat(g.entries()).extracting(e -> e.source().text()).containsExactly("paquet", "logiciel libre");
        GlossaryEntry paquet = g.entries().get(0);
        assertThat(paquet.targets()).extracting(Term::text).containsExactly("package");
        assertThat(paquet.forbidden()).extracting(Term::text).containsExactly("packet");
        assertThat(paquet.note()).isEqualTo("a Debian package");
        assertThat(g.entries().get(1).targets()).extracting(Term::text).containsExactly("free software");
    }

    @Test
    void readsTbxVersion3WithCaseSensitiveTerms() {
        Glossary g = new TbxGlossaryFormat().read(fixture("tbx-v3-basic.tbx"), FR, EN);

        assertThat(g.entries()).hasSize(2);
        assertThat(g.entries().get(0).forbidden()).extracting(Term::text).containsExactly("wage struggles");
        assertThat(g.entries().get(1).source().casing()).isEqualTo(Casing.SENSITIVE);
        assertThat(g.entries().get(0).source().casing()).isEqualTo(Casing.INSENSITIVE);
    }

    @Test
    void writtenGlossaryReadsBackTheSame() throws Exception {
        Glossary g = new TbxGlossaryFormat().read(fixture("tbx-v3-basic.tbx"), FR, EN);
        StringWriter out = new StringWriter();
        new TbxGlossaryFormat().write(g, out);

        assertThat(out.toString()).contains("urn:iso:std:iso:30042:ed-2").contains("deprecatedTerm-admn-sts");
        Path again = Files.writeString(Files.createTempFile("glossary", ".tbx"), out.toString());
        assertThat(new TbxGlossaryFormat().read(again, FR, EN)).isEqualTo(g);
        Files.delete(again);
    }

    @Test
    void bundledGlossaryIsTheSameInTbxAndTsv() {
        Path root = Path.of(System.getProperty("user.dir"), "glossaries");
        Glossary tbx = new TbxGlossaryFormat().read(root.resolve("visavis-fr-en.tbx"), FR, EN);
        Glossary tsv = DelimitedGlossaryFormat.TSV.read(root.resolve("visavis-fr-en.tsv"), FR, EN);
        assertThat(tbx).isEqualTo(tsv);
        assertThat(tbx.entries()).extracting(e -> e.source().text())
                .contains("paquet", "logiciel libre", "luttes revendicatives", "autonomie", "auto-organisation");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "not-well-formed.tbx     | not-well-formed.tbx:6: not well-formed TBX",
        "term-without-language.tbx | term-without-language.tbx:6: <langSec> without xml:lang",
    })
    void malformedTbxNamesFileAndLine(String name, String expected) {
        assertThatThrownBy(() -> new TbxGlossaryFormat().read(fixture(name), FR, EN))
                .isInstanceOf(TermsException.class)
                .hasMessageContaining(expected.substring(expected.indexOf(':')))
                .hasMessageContaining(name);
    }

    @Test
    void glossaryInOtherLanguagesSaysWhichItHas() {
        assertThatThrownBy(() -> new TbxGlossaryFormat().read(fixture("tbx-basic-v2.tbx"), Language.of("es"), EN))
                .isInstanceOf(TermsException.class)
                .hasMessageContaining("no entry has terms in both es and en")
                .hasMessageContaining("fr, en, de");
    }

    @Test
    void notTbxAtAll(@TempDir Path dir) throws Exception {
        Path html = Files.writeString(dir.resolve("terms.tbx"), "<html><body>paquet</body></html>");
        assertThatThrownBy(() -> new TbxGlossaryFormat().read(html, FR, EN))
                .isInstanceOf(TermsException.class).hasMessageContaining("terms.tbx:1: not TBX");
        assertThat(List.of(dir.toFile().list())).containsExactly("terms.tbx");
    }
}
