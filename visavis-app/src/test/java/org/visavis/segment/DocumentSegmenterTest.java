package org.visavis.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.visavis.model.Document;
import org.visavis.model.Language;
import org.visavis.model.Note;
import org.visavis.model.Paragraph;
import org.visavis.model.ParagraphKind;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;

class DocumentSegmenterTest {

    private static final Language FR = Language.parse("fr-FR");

    /** The start of section 1.3 of the Debian Handbook (fr-FR), as ingest would give it. */
    private static Document handbookSection() {
        return new Document("sect.debian-internals.html", FR, List.of(
                Paragraph.heading("1.3. Fonctionnement du projet Debian"),
                Paragraph.body("La richesse produite par le projet Debian résulte à la fois du travail sur l'infrastructure"
                        + " effectué par des développeurs Debian expérimentés, du travail individuel ou collectif de"
                        + " développeurs sur des paquets Debian, et des retours des utilisateurs."),
                Paragraph.heading("  1.3.1. Les développeurs Debian "),
                Paragraph.body(" \u00A0 "),
                new Paragraph("Les coordonnées géographiques permettent de générer une carte situant l'ensemble des"
                        + " développeurs sur le globe. On constate alors que Debian est vraiment un projet international\u00A0:"
                        + " on trouve des développeurs sur tous les continents, même si la majorité proviennent de pays"
                        + " occidentaux.\n",
                        ParagraphKind.BODY, List.of(new Note("1", "→ https://www.debian.org/devel/developers.loc")))));
    }

    @Test
    void segmentsPointAtTheirParagraphsAndHeadingsStayWhole() {
        SegmentedDocument s = new DocumentSegmenter().segment(handbookSection(), SrxSegmenter.forLanguage(FR));

        assertThat(s.segments()).containsExactly(
                new Segment("1.3. Fonctionnement du projet Debian", 0),
                new Segment("La richesse produite par le projet Debian résulte à la fois du travail sur l'infrastructure"
                        + " effectué par des développeurs Debian expérimentés, du travail individuel ou collectif de"
                        + " développeurs sur des paquets Debian, et des retours des utilisateurs.", 1),
                new Segment("1.3.1. Les développeurs Debian", 2),
                new Segment("Les coordonnées géographiques permettent de générer une carte situant l'ensemble des"
                        + " développeurs sur le globe.", 4),
                new Segment("On constate alors que Debian est vraiment un projet international\u00A0: on trouve des"
                        + " développeurs sur tous les continents, même si la majorité proviennent de pays occidentaux.", 4));
    }

    @Test
    void keepsDocumentParagraphsNameAndLanguage() {
        Document doc = handbookSection();
        SegmentedDocument s = new DocumentSegmenter().segment(doc, SrxSegmenter.forLanguage(FR));

        assertThat(s.name()).isEqualTo(doc.name());
        assertThat(s.language()).isEqualTo(FR);
        assertThat(s.paragraphs()).isEqualTo(doc.paragraphs());
        assertThat(s.startsParagraph(3)).isTrue();
        assertThat(s.startsParagraph(4)).isFalse();
    }

    @Test
    void usesTheSegmenterItIsGivenForBodyParagraphsOnly() {
        Segmenter bySemicolon = paragraph -> List.of(paragraph.split(";"));
        Document doc = new Document("x", FR, List.of(
                Paragraph.heading("Un titre ; avec point-virgule"),
                Paragraph.body("une partie ; une autre ;  ")));

        assertThat(new DocumentSegmenter().segment(doc, bySemicolon).texts())
                .containsExactly("Un titre ; avec point-virgule", "une partie", "une autre");
    }

    @Test
    void anEmptyDocumentHasNoSegments() {
        Document doc = new Document("empty.txt", FR, List.of());
        assertThat(new DocumentSegmenter().segment(doc, SrxSegmenter.forLanguage(FR)).segments()).isEmpty();
    }
}
