package org.visavis.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.visavis.imports.ImportFormat;
import org.visavis.imports.ImportOptions;
import org.visavis.imports.Importer;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.BeadStatus;
import org.visavis.model.Language;
import org.visavis.model.Paragraph;
import org.visavis.model.ParagraphKind;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;
import org.visavis.project.Project;

/** Every exchange format, exported then imported, gives back the same beads and the same text. */
class ExchangeRoundTripTest {

    enum Exchange {
        TSV(ExportFormat.TSV, ImportFormat.TSV),
        XLIFF(ExportFormat.XLIFF, ImportFormat.XLIFF),
        CESALIGN(ExportFormat.CESALIGN, ImportFormat.CESALIGN);

        final ExportFormat export;
        final ImportFormat format;

        Exchange(ExportFormat export, ImportFormat format) {
            this.export = export;
            this.format = format;
        }
    }

    private static final ImportOptions FR_EN = ImportOptions.languages(Language.parse("fr-FR"), Language.parse("en-US"));

    @ParameterizedTest
    @EnumSource(Exchange.class)
    void theForewordComesBackWithTheSameBeadsAndText(Exchange x, @TempDir Path dir) {
        Alignment original = HandbookExcerpt.foreword();

        Alignment back = roundTrip(original, x, dir);

        assertSameBeadsAndText(back, original);
        assertThat(back.source().language()).isEqualTo(Language.parse("fr-FR"));
        assertThat(back.target().language()).isEqualTo(Language.parse("en-US"));
    }

    @ParameterizedTest
    @EnumSource(value = Exchange.class, names = {"XLIFF", "CESALIGN"})
    void structuredFormatsKeepStatusConfidenceAndHeadings(Exchange x, @TempDir Path dir) {
        Alignment original = HandbookExcerpt.foreword();

        Alignment back = roundTrip(original, x, dir);

        assertThat(back.beads()).extracting(Bead::status).isEqualTo(original.beads().stream().map(Bead::status).toList());
        assertThat(back.beads()).extracting(b -> String.format(Locale.ROOT, "%.3f", b.confidence()))
                .isEqualTo(original.beads().stream().map(b -> String.format(Locale.ROOT, "%.3f", b.confidence())).toList());
        assertThat(headings(back.source())).containsExactly("Avant-propos", "1. Pourquoi ce livre ?");
        assertThat(headings(back.target())).containsExactly("Foreword", "1. Why This Book?");
    }

    @ParameterizedTest
    @EnumSource(Exchange.class)
    void markupCharactersAndOneSidedBeadsSurvive(Exchange x, @TempDir Path dir) {
        List<String> fr = List.of("Elle est <vraiment> R&D, dit-il : \"libre\" & 'gratuite'.", "Une phrase sans traduction.",
                "Debian GNU/Linux est une distribution Linux « généraliste ».");
        List<String> en = List.of("It is <really> R&D, he says: \"free\" & 'gratis'.", "Debian GNU/Linux is a “generic” Linux distribution.",
                "A sentence the translator added.");
        Alignment original = new Alignment(sentences(fr, "fr-FR"), sentences(en, "en-US"), List.of(
                Bead.auto(List.of(0), List.of(0), 0.9), Bead.auto(List.of(1), List.of(), 0.2),
                Bead.auto(List.of(2), List.of(1), 0.9), Bead.auto(List.of(), List.of(2), 0.1)));

        assertSameBeadsAndText(roundTrip(original, x, dir), original);
    }

    @ParameterizedTest
    @EnumSource(Exchange.class)
    void twentyThousandBeadsComeBack(Exchange x, @TempDir Path dir) {
        Alignment original = HandbookExcerpt.repeated(20_000);

        Alignment back = roundTrip(original, x, dir);

        assertThat(back.beads()).hasSize(20_000);
        assertThat(back.source().texts()).isEqualTo(original.source().texts());
        assertThat(back.target().texts()).isEqualTo(original.target().texts());
    }

    @org.junit.jupiter.api.Test
    void tmxGivesBackEveryBeadWithItsTextStatusAndConfidence(@TempDir Path dir) {
        Alignment original = HandbookExcerpt.foreword();
        Path file = dir.resolve("foreword.tmx");
        new Exporter().export(new Project(dir, original), ExportFormat.TMX, file, ExportOptions.defaults());

        Alignment back = new Importer().read(file, ImportFormat.TMX, ImportOptions.fromFile(), dir.resolve("imported"))
                .project().alignment();

        // a TMX unit holds one segment a side: the 2-2 bead comes back as one sentence a side
        assertThat(back.beads()).extracting(b -> b.shape().toString()).containsExactly("1-1", "1-1", "1-1", "1-1", "1-1", "1-1", "1-1");
        for (int k = 0; k < original.beads().size(); k++) {
            Bead b = original.beads().get(k);
            Bead c = back.beads().get(k);
            assertThat(back.sourceText(c)).isEqualTo(original.sourceText(b));
            assertThat(back.targetText(c)).isEqualTo(original.targetText(b));
            assertThat(c.status()).isEqualTo(b.status());
            assertThat(c.confidence()).isCloseTo(b.confidence(), org.assertj.core.data.Offset.offset(0.005));
        }
        assertThat(back.source().language()).isEqualTo(Language.parse("fr-FR"));
        assertThat(back.target().language()).isEqualTo(Language.parse("en-US"));
    }

    @org.junit.jupiter.api.Test
    void tmxKeepsOneToOneAndOneSidedBeadsExactlyWhenAskedToIncludeOneSided(@TempDir Path dir) {
        Alignment original = new Alignment(ParagraphRowsTest.document("1 1 1", "fr"), ParagraphRowsTest.document("1 1", "en"),
                ParagraphRowsTest.beads("[0]:[0] [1]:[] [2]:[1]"));
        Path file = dir.resolve("x.tmx");
        new Exporter().export(new Project(dir, original), ExportFormat.TMX, file,
                ExportOptions.defaults().with(OneSidedBeads.INCLUDE));

        Alignment back = new Importer().read(file, ImportFormat.TMX, ImportOptions.fromFile(), dir.resolve("imported"))
                .project().alignment();

        assertSameBeadsAndText(back, original);
    }

    @org.junit.jupiter.api.Test
    void twentyThousandBeadsComeBackThroughTmx(@TempDir Path dir) {
        Alignment original = HandbookExcerpt.repeated(20_000);
        Path file = dir.resolve("big.tmx");
        new Exporter().export(new Project(dir, original), ExportFormat.TMX, file, ExportOptions.defaults());

        Alignment back = new Importer().read(file, ImportFormat.TMX, ImportOptions.fromFile(), dir.resolve("imported"))
                .project().alignment();

        assertSameBeadsAndText(back, original);
    }

    static Alignment roundTrip(Alignment original, Exchange x, Path dir) {
        Project project = new Project(dir.resolve("original"), original);
        Path file = dir.resolve("exchange." + x.export.extension());
        new Exporter().export(project, x.export, file, ExportOptions.defaults());
        return new Importer().read(file, x.format, x.format == ImportFormat.TSV ? FR_EN : ImportOptions.fromFile(),
                dir.resolve("imported")).project().alignment();
    }

    static void assertSameBeadsAndText(Alignment back, Alignment original) {
        assertThat(back.beads()).extracting(Bead::notation)
                .isEqualTo(original.beads().stream().map(Bead::notation).toList());
        assertThat(back.source().texts()).isEqualTo(original.source().texts());
        assertThat(back.target().texts()).isEqualTo(original.target().texts());
    }

    private static List<String> headings(SegmentedDocument doc) {
        List<String> out = new ArrayList<>();
        for (Paragraph p : doc.paragraphs()) {
            if (p.kind() == ParagraphKind.HEADING) {
                out.add(p.text());
            }
        }
        return out;
    }

    private static SegmentedDocument sentences(List<String> texts, String language) {
        List<Paragraph> ps = new ArrayList<>();
        List<Segment> ss = new ArrayList<>();
        for (String t : texts) {
            ss.add(new Segment(t, ps.size()));
            ps.add(Paragraph.body(t));
        }
        return new SegmentedDocument("excerpt.txt", Language.parse(language), ps, ss);
    }
}
