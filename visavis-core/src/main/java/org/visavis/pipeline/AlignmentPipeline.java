package org.visavis.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.visavis.align.AlignmentException;
import org.visavis.align.LengthLexicalAligner;
import org.visavis.align.TranslationCoverage;
import org.visavis.pipeline.DocumentReader;
import org.visavis.pipeline.IngestException;
import org.visavis.pipeline.LanguageDetector;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.Document;
import org.visavis.model.Language;
import org.visavis.model.Paragraph;
import org.visavis.model.SegmentedDocument;
import org.visavis.segment.DocumentSegmenter;
import org.visavis.segment.Segmenter;
import org.visavis.segment.SrxSegmenter;

/**
 * Ingest, segment and align two documents: the whole job behind {@code visavis align} and the
 * editor's File › New alignment.
 *
 * <pre>{@code
 * Alignment a = new AlignmentPipeline().run(new AlignmentRequest(fr, en, Language.of("fr"),
 *         Language.of("en"), Optional.empty()), Progress.SILENT);
 * }</pre>
 */
public final class AlignmentPipeline {

    /** Above this ratio of text lengths the pair is refused: it is almost surely not a text and its translation. */
    static final double REFUSED_SIZE_RATIO = 10.0;

    private final DocumentReader reader;
    private final LanguageDetector detector;

    /** The pipeline with the reader and detector found on the class path (module visavis-ingest). */
    public AlignmentPipeline() {
        this(provided(DocumentReader.class), provided(LanguageDetector.class));
    }

    public AlignmentPipeline(DocumentReader reader, LanguageDetector detector) {
        this.reader = reader;
        this.detector = detector;
    }

    /**
     * Runs the pipeline; throws a VisavisException subtype on bad input, CancelledException when
     * cancelled. The two documents are read and split at the same time, one per core.
     */
    public Alignment run(AlignmentRequest request, Progress progress) {
        refuseSameFile(request.source(), request.target());
        String sourceName = "Reading " + request.source().getFileName();
        String targetName = "Reading " + request.target().getFileName();
        progress.stage(PipelineStage.READING_SOURCE, false, sourceName, 0.0);
        progress.stage(PipelineStage.READING_TARGET, false, targetName, 0.0);
        java.util.concurrent.atomic.AtomicInteger read = new java.util.concurrent.atomic.AtomicInteger();
        CompletableFuture<Document> target = CompletableFuture.supplyAsync(() -> {
            Document d = read(request.target(), request.targetLanguage(), progress);
            progress.stage(PipelineStage.READING_TARGET, true, targetName, 0.2 * read.incrementAndGet());
            return d;
        });
        Document source;
        try {
            source = read(request.source(), request.sourceLanguage(), progress);
            progress.stage(PipelineStage.READING_SOURCE, true, sourceName, 0.2 * read.incrementAndGet());
        } catch (RuntimeException e) {
            target.cancel(true);
            throw e;
        }
        Document tgt = joinUnwrapped(target);
        progress.checkCancelled();
        return alignDocuments(source, tgt, request.srxRules(), progress);
    }

    private static <T> T joinUnwrapped(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /**
     * Reads one document and checks that its text is in the declared language. Of a document made
     * of parts (an EPUB), only the parts in that language are kept; a warning names the others.
     */
    public Document read(Path file, Language declared, Progress progress) {
        ForeignParts.Kept kept = ForeignParts.keepDeclared(reader.read(file, declared), detector);
        kept.warning().ifPresent(progress::warn);
        checkLanguage(file, kept.document(), declared);
        return kept.document();
    }

    /** Segments and aligns two documents already read. */
    public Alignment alignDocuments(Document source, Document target, Optional<Path> srxRules, Progress progress) {
        progress.stage(PipelineStage.SEGMENTING, false, "Splitting sentences", 0.4);
        CompletableFuture<SegmentedDocument> targetSentences = CompletableFuture.supplyAsync(() -> segment(target, srxRules));
        SegmentedDocument src;
        try {
            src = segment(source, srxRules);
        } catch (RuntimeException e) {
            targetSentences.cancel(true);
            throw e;
        }
        SegmentedDocument tgt = joinUnwrapped(targetSentences);
        progress.stage(PipelineStage.SEGMENTING, true, "Split into " + src.size() + " and " + tgt.size() + " sentences", 0.5);
        progress.checkCancelled();
        return align(src, tgt, progress);
    }

    private Alignment align(SegmentedDocument src, SegmentedDocument tgt, Progress progress) {
        refuseVeryDifferentSizes(src, tgt);
        String aligning = "Aligning " + src.size() + " and " + tgt.size() + " sentences";
        progress.stage(PipelineStage.ALIGNING, false, aligning, 0.5);
        LengthLexicalAligner aligner = LengthLexicalAligner.forLanguages(src.language(), tgt.language());
        TranslationCoverage coverage = aligner.coverage(src, tgt);
        progress.checkCancelled();
        List<Bead> beads = aligner.align(src, tgt, coverage);
        progress.stage(PipelineStage.ALIGNING, true, aligning, 0.9);
        progress.checkCancelled();
        progress.stage(PipelineStage.CHECKING, false, "Checking that the documents translate each other", 0.9);
        Optional<String> refusal = coverage.refusal(beads);
        if (refusal.isPresent()) {
            throw new AlignmentException(src.name() + " and " + tgt.name()
                    + ": these documents do not look like translations of each other (" + refusal.get() + ")");
        }
        // Warned only once the pair is accepted: a refused pair gets its refusal alone.
        LengthLexicalAligner.warnings(src, tgt).forEach(progress::warn);
        coverage.partialWarning(src.language(), tgt.language())
                .ifPresent(w -> progress.warn(src.name() + " and " + tgt.name() + ": " + w));
        progress.checkCancelled();
        progress.stage(PipelineStage.CHECKING, true, "Done", 1.0);
        return new Alignment(src, tgt, beads);
    }

    /** Splits a document into sentences with the built-in rules or the given SRX file. */
    public SegmentedDocument segment(Document doc, Optional<Path> srxRules) {
        Supplier<Segmenter> segmenters = () -> srxRules.map(p -> (Segmenter) SrxSegmenter.fromFile(p, doc.language()))
                .orElseGet(() -> SrxSegmenter.forLanguage(doc.language()));
        SegmentedDocument s = new DocumentSegmenter().segmentInParallel(doc, segmenters);
        if (s.size() == 0) {
            throw new IngestException(doc.name() + ": the document has no text to align");
        }
        return s;
    }

    private void checkLanguage(Path file, Document doc, Language declared) {
        String sample = sample(doc);
        Optional<Language> detected = detector.detect(sample);
        if (detected.isPresent() && !detected.get().sameLanguageAs(declared)) {
            throw new IngestException(file + ": the text looks like " + detected.get().englishName() + " ("
                    + detected.get().code() + "), not " + declared.englishName() + " (" + declared.code()
                    + ") as declared; are the source and target swapped? Set --source-lang/--target-lang to match");
        }
    }

    private static String sample(Document doc) {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : doc.paragraphs()) {
            if (sb.length() > 20_000) {
                break;
            }
            sb.append(p.text()).append('\n');
        }
        return sb.toString();
    }

    private static void refuseVeryDifferentSizes(SegmentedDocument src, SegmentedDocument tgt) {
        long a = chars(src);
        long b = chars(tgt);
        double ratio = (double) Math.max(a, b) / Math.max(1, Math.min(a, b));
        String longer = a > b ? src.name() : tgt.name();
        if (ratio >= REFUSED_SIZE_RATIO) {
            throw new AlignmentException(longer + ": this side is " + String.format(Locale.ROOT, "%.1f", ratio)
                    + " times longer than the other; these are not a text and its translation");
        }
    }

    private static long chars(SegmentedDocument d) {
        long n = 0;
        for (var s : d.segments()) {
            n += s.text().length();
        }
        return n;
    }

    private static void refuseSameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b) && (Files.isSameFile(a, b) || Files.mismatch(a, b) == -1)) {
                throw new AlignmentException(b + ": the target is the same file as the source (" + a + ")");
            }
        } catch (IOException e) {
            // unreadable files are reported by the reader with the file's name
        }
    }

    private static <T> T provided(Class<T> service) {
        return ServiceLoader.load(service).findFirst().orElseThrow(() -> new IllegalStateException(
                "no " + service.getSimpleName() + " on the class path: the module visavis-ingest is missing"));
    }
}
