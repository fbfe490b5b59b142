package org.visavis.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.visavis.edit.AlignmentEdits;
import org.visavis.model.Alignment;
import org.visavis.model.Language;
import org.visavis.model.Side;
import org.visavis.pipeline.AlignmentPipeline;
import org.visavis.pipeline.AlignmentRequest;
import org.visavis.pipeline.Progress;

/**
 * Real project versions for the attack tests: the Debian Handbook foreword (fr-FR, en-US)
 * aligned by the pipeline, and a revision of it in which a reviewer confirmed beads and edited
 * a sentence on each side, so that a save changes the links and both documents.
 */
public final class ProjectFixtures {
    private static Alignment foreword;

    private ProjectFixtures() {
    }

    /** The foreword aligned by the pipeline (computed once per JVM). */
    public static synchronized Alignment foreword() {
        if (foreword == null) {
            foreword = new AlignmentPipeline().run(new AlignmentRequest(
                    Path.of("corpora/debian-handbook/fr-FR/foreword.html"), Path.of("corpora/debian-handbook/en-US/foreword.html"),
                    Language.parse("fr-FR"), Language.parse("en-US"), Optional.empty()), Progress.SILENT);
        }
        return foreword;
    }

    /** {@code a} after a review: the first beads confirmed, the first sentence of each side edited. */
    public static Alignment revised(Alignment a) {
        Alignment r = AlignmentEdits.confirmThrough(a, Math.min(5, a.beads().size() - 1));
        int b = 1;
        r = AlignmentEdits.replaceSentences(r, b, Side.SOURCE, List.of(r.sourceText(r.beads().get(b)) + " (revu)"));
        r = AlignmentEdits.replaceSentences(r, b, Side.TARGET, List.of(r.targetText(r.beads().get(b)) + " (reviewed)"));
        return r;
    }

    /** Writes {@code a} in the flat layout of projects saved by earlier visavis versions: source.xml, target.xml, alignment.xml. */
    public static void writeFlat(Path folder, Alignment a) {
        try {
            Files.createDirectories(folder);
            try (Writer w = Files.newBufferedWriter(folder.resolve(ProjectStore.SOURCE_FILE), StandardCharsets.UTF_8)) {
                new XcesDocumentFormat().write(a.source(), w);
            }
            try (Writer w = Files.newBufferedWriter(folder.resolve(ProjectStore.TARGET_FILE), StandardCharsets.UTF_8)) {
                new XcesDocumentFormat().write(a.target(), w);
            }
            try (Writer w = Files.newBufferedWriter(folder.resolve(ProjectStore.ALIGNMENT_FILE), StandardCharsets.UTF_8)) {
                new CesAlignFormat().write(new CesAlignFormat.Links(ProjectStore.SOURCE_FILE, ProjectStore.TARGET_FILE,
                        a.beads()), w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code a} as it reads back from disk (what a project holding it opens as). */
    public static Alignment asStored(Alignment a, Path scratch) {
        new ProjectStore().save(new Project(scratch, a));
        return new ProjectStore().load(scratch).alignment();
    }
}
