package org.visavis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.visavis.model.Document;
import org.visavis.model.Language;
import org.visavis.model.Paragraph;

/**
 * Plain text without page breaks is one "page" as long as the document: its foot is no more
 * than a page's, so a wrapped line that happens to start with a number ("2 à 3 Go") is not a
 * note taking the rest of the document. The fixture: two passages of the French installation
 * guide as text, 271 lines, the second passage's "2 à 3 Go" line past the middle (see README.md).
 */
class UnpagedPlainTextTest {

    @Test
    void aLineStartingWithANumberLongBeforeTheEndStaysText() throws Exception {
        Path file = Path.of(UnpagedPlainTextTest.class.getResource("install.fr.unpaged-cut.txt").toURI());
        Document doc = new TikaDocumentReader().read(file, Language.of("fr"));
        List<Paragraph> paragraphs = doc.paragraphs();
        assertThat(paragraphs).flatExtracting(Paragraph::notes).isEmpty();
        String text = String.join("\n", paragraphs.stream().map(Paragraph::text).toList());
        assertThat(text).contains("réserver 2 à 3", "d'espace pour /var devrait suffire",
                "Schéma de partitionnement recommandé", "Partitionnement pour PC");
    }
}
