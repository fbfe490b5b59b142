package org.visavis.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.visavis.ingest.TikaDocumentReader;
import org.visavis.model.Document;
import org.visavis.model.Language;
import org.visavis.model.Paragraph;
import org.visavis.model.SegmentedDocument;

class DocumentSegmenterParallelTest {

    @Test
    void twoThreadsGiveTheSameSentencesAsOne() {
        Language en = Language.of("en");
        Document text = new TikaDocumentReader().read(Path.of("corpora/self-organisation/en.txt"), en);
        // Twice the text, so that it is long enough to be split on two threads.
        List<Paragraph> twice = new ArrayList<>(text.paragraphs());
        twice.addAll(text.paragraphs());
        Document doc = new Document("en.txt", en, twice);
        assertThat(twice.stream().mapToInt(p -> p.text().length()).sum())
                .isGreaterThan(DocumentSegmenter.PARALLEL_THRESHOLD);

        SegmentedDocument one = new DocumentSegmenter().segment(doc, SrxSegmenter.forLanguage(en));
        SegmentedDocument two = new DocumentSegmenter().segmentInParallel(doc, () -> SrxSegmenter.forLanguage(en));

        assertThat(two.segments()).isEqualTo(one.segments());
        assertThat(two.size()).isGreaterThan(900);
    }
}
