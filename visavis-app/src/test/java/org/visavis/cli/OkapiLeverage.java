package org.visavis.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.annotation.AltTranslationsAnnotation;
import net.sf.okapi.common.filters.FilterConfigurationMapper;
import net.sf.okapi.common.pipeline.BasePipelineStep;
import net.sf.okapi.common.pipelinedriver.BatchItemContext;
import net.sf.okapi.common.pipelinedriver.PipelineDriver;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.connectors.pensieve.PensieveTMConnector;
import net.sf.okapi.filters.html.HtmlFilter;
import net.sf.okapi.filters.openxml.OpenXMLFilter;
import net.sf.okapi.filters.tmx.TmxFilter;
import net.sf.okapi.steps.common.FilterEventsWriterStep;
import net.sf.okapi.steps.common.RawDocumentToFilterEventsStep;
import net.sf.okapi.steps.leveraging.LeveragingStep;
import net.sf.okapi.steps.segmentation.SegmentationStep;
import net.sf.okapi.tm.pensieve.tmx.OkapiTmxImporter;
import net.sf.okapi.tm.pensieve.writer.ITmWriter;
import net.sf.okapi.tm.pensieve.writer.TmWriterFactory;
import org.visavis.model.Language;

/**
 * How much of a document Okapi's own leveraging fills from a TMX of ours, as a user of Okapi's
 * pipelines would set it up: the TMX imported into a Pensieve TM (Okapi's TMX filter reading our
 * {@code <bpt>}/{@code <ept>}/{@code <ph>} as codes), the document read by Okapi's filter with its
 * default configuration (HTML, OpenXML), its paragraphs cut by Okapi's segmentation step with the
 * SRX rules visavis segments with (spaces between sentences trimmed), and the leveraging step
 * (Pensieve connector, Okapi's default parameters: a match of 95% or more fills the target); the
 * translated document may be written. Of Okapi's segments whose text (codes aside) is the source of
 * a unit of the TMX, the share filled with that unit's target, and how many of those fills came
 * from a 100% match (Pensieve scores 99 a match whose text is the segment's and whose codes are
 * not: a pair framing a heading, which our TMX leaves out as CAT tools leave it out of their
 * segments, and Okapi's segmentation keeps).
 */
final class OkapiLeverage {

    /** The fill, and how many of the filled segments came from a 100% match (text and codes). */
    record Figures(FillFigures fill, int exact) {
        @Override
        public String toString() {
            return fill + "; " + exact + " of the fills from a 100% match (text and codes)";
        }
    }

    private final Path work;

    OkapiLeverage(Path work) {
        this.work = work;
    }

    /**
     * Leverages {@code tmx} into {@code document}; writes the translated document into the work
     * folder as {@code translated} when given.
     */
    Figures measure(Path document, Path tmx, Language source, Language target, Optional<Path> translated) throws IOException {
        LocaleId src = LocaleId.fromString(source.tag());
        LocaleId tgt = LocaleId.fromString(target.tag());
        Path tm = Files.createDirectories(work.resolve(tmx.getFileName() + ".pensieve"));
        ITmWriter writer = TmWriterFactory.createFileBasedTmWriter(tm.toString(), true);
        try {
            new OkapiTmxImporter(src, new TmxFilter()).importTmx(tmx.toUri(), tgt, writer);
        } finally {
            writer.close();
        }
        Map<String, String> targetBySource = units(tmx, src, tgt);

        Path srx = work.resolve("visavis.srx");
        try (InputStream in = OkapiLeverage.class.getResourceAsStream("/org/visavis/segment/visavis.srx")) {
            Files.copy(in, srx, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        FilterConfigurationMapper filters = new FilterConfigurationMapper();
        filters.addConfigurations(HtmlFilter.class.getName());
        filters.addConfigurations(OpenXMLFilter.class.getName());
        String configuration = document.getFileName().toString().endsWith(".docx") ? "okf_openxml" : "okf_html";

        PipelineDriver driver = new PipelineDriver();
        driver.setFilterConfigurationMapper(filters);
        driver.addStep(new RawDocumentToFilterEventsStep());
        SegmentationStep segmentation = new SegmentationStep();
        net.sf.okapi.steps.segmentation.Parameters cut = (net.sf.okapi.steps.segmentation.Parameters) segmentation.getParameters();
        cut.setSourceSrxPath(srx.toString());
        cut.setSegmentSource(true);
        cut.setSegmentTarget(false);
        // units are sentences without the spaces between them
        cut.setTrimSrcLeadingWS(net.sf.okapi.steps.segmentation.Parameters.TRIM_YES);
        cut.setTrimSrcTrailingWS(net.sf.okapi.steps.segmentation.Parameters.TRIM_YES);
        driver.addStep(segmentation);
        LeveragingStep leveraging = new LeveragingStep();
        net.sf.okapi.steps.leveraging.Parameters leverage = leveraging.getParameters();
        leverage.setResourceClassName(PensieveTMConnector.class.getName());
        net.sf.okapi.connectors.pensieve.Parameters connector = new net.sf.okapi.connectors.pensieve.Parameters();
        connector.setDbDirectory(tm.toString());
        leverage.setResourceParameters(connector.toString());
        // Okapi's defaults otherwise: matches of 95% and more kept and filled into the target
        leverage.setMakeTMX(false);
        driver.addStep(leveraging);
        List<ITextUnit> units = new ArrayList<>();
        driver.addStep(new Collector(units));
        if (translated.isPresent()) {
            driver.addStep(new FilterEventsWriterStep());
        }
        RawDocument raw = new RawDocument(document.toUri(), "UTF-8", src, tgt, configuration);
        driver.addBatchItem(new BatchItemContext(raw, work.resolve(translated.orElse(Path.of("unwritten"))).toUri(), "UTF-8"));
        driver.processBatch();
        driver.destroy();

        FillFigures.Count count = new FillFigures.Count();
        int exact = 0;
        for (ITextUnit tu : units) {
            TextContainer filled = tu.getTarget(tgt);
            for (Segment s : tu.getSource().getSegments()) {
                String expected = targetBySource.get(normal(s.getContent().getText()));
                if (expected == null) {
                    continue;
                }
                Segment t = filled == null ? null : filled.getSegments().get(s.getId());
                boolean ok = t != null && normal(t.getContent().getText()).equals(expected);
                exact += ok && bestScore(t) == 100 ? 1 : 0;
                count.add(s.getContent().hasCode(), ok, "[" + bestScore(t) + "] " + s.getContent().toText());
            }
        }
        return new Figures(count.figures(), exact);
    }

    /** The score of the best match the leveraging step found for a target segment, 0 for none. */
    private static int bestScore(Segment target) {
        if (target == null) {
            return 0;
        }
        AltTranslationsAnnotation alt = target.getAnnotation(AltTranslationsAnnotation.class);
        return alt == null || alt.getFirst() == null ? 0 : alt.getFirst().getCombinedScore();
    }

    /** The TMX's units as Okapi's TMX filter reads them: target text by source text, codes aside. */
    private static Map<String, String> units(Path tmx, LocaleId src, LocaleId tgt) {
        Map<String, String> out = new HashMap<>();
        try (TmxFilter filter = new TmxFilter(); RawDocument raw = new RawDocument(tmx.toUri(), "UTF-8", src, tgt)) {
            filter.open(raw);
            while (filter.hasNext()) {
                Event e = filter.next();
                if (e.isTextUnit() && e.getTextUnit().hasTarget(tgt)) {
                    out.put(normal(e.getTextUnit().getSource().getUnSegmentedContentCopy().getText()),
                            normal(e.getTextUnit().getTarget(tgt).getUnSegmentedContentCopy().getText()));
                }
            }
        }
        return out;
    }

    private static String normal(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Keeps the text units as the leveraging step left them. */
    private static final class Collector extends BasePipelineStep {
        private final List<ITextUnit> units;

        Collector(List<ITextUnit> units) {
            this.units = units;
        }

        @Override
        public String getName() {
            return "visavis collector";
        }

        @Override
        public String getDescription() {
            return "keeps the leveraged text units";
        }

        @Override
        protected Event handleTextUnit(Event event) {
            ITextUnit tu = event.getTextUnit();
            if (tu.isTranslatable() && !tu.isReferent()) {
                units.add(tu);
            }
            return event;
        }
    }
}
