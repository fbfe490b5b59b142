package org.visavis.export;

import java.nio.file.Path;
import java.util.List;
import org.visavis.model.Alignment;
import org.visavis.model.SegmentedDocument;
import org.visavis.project.AtomicFiles;
import org.visavis.project.AtomicFiles.BackupPolicy;
import org.visavis.project.CesAlignFormat;
import org.visavis.project.Project;
import org.visavis.project.ProjectStore;
import org.visavis.project.XcesDocumentFormat;

/**
 * Exports a project to a file, for the command line and the editor's Export menu. Every file is
 * written atomically: a reader never sees half of one, and a failed export leaves the previous
 * file as it was.
 *
 * <pre>{@code
 * Exporter exporter = new Exporter();
 * Path out = Exporter.defaultOutput(project, ExportFormat.DOCX);   // alignments/demo/demo.docx
 * List<Path> written = exporter.export(project, ExportFormat.DOCX, out, ExportOptions.defaults());
 * }</pre>
 */
public final class Exporter {

    /** Where an export goes by default: {@code <project folder>/<project name>.<extension>}. */
    public static Path defaultOutput(Project project, ExportFormat format) {
        return project.folder().resolve(project.name() + "." + format.extension());
    }

    /**
     * Writes the project in the format to {@code out}; returns the files written (cesAlign also
     * writes its two XCES documents beside {@code out}). Throws ExportException (or
     * ProjectException for a file system failure) naming the file.
     */
    public List<Path> export(Project project, ExportFormat format, Path out, ExportOptions options) {
        refuseProjectFiles(project, out);
        Alignment a = project.alignment();
        String title = options.title().isBlank() ? project.name() : options.title();
        // a switch expression without default: a format added to ExportFormat without its case does not compile
        return switch (format) {
            case HTML -> text(out, w -> new HtmlEditionWriter(options).write(a, title, w));
            case ODT -> binary(out, os -> new OdtEditionWriter(options).write(a, title, os));
            case EPUB -> binary(out, os -> new EpubEditionWriter(options).write(a, title, os));
            case DOCX -> binary(out, os -> new DocxEditionWriter(options).write(a, title, os));
            case TSV -> text(out, w -> new LfAlignerTsvFormat().write(a, w));
            case XLIFF -> text(out, w -> new Xliff2Format().write(a, w));
            case TMX -> text(out, w -> new TmxWriter(TmxOptions.forAlignment(a, version())
                    .with(options.oneSided())).write(a, options.units().apply(a).kept(), w));
            case CESALIGN -> cesAlign(project, out);
            case OMEGAT -> new OmegatProjectWriter().write(project, out, java.util.Optional.empty(), options.units(), false);
        };
    }

    /** The link file at {@code out}, its documents beside it: {@code x.cesalign.xml}, {@code x.fr-FR.xml}, {@code x.en-US.xml}. */
    private static List<Path> cesAlign(Project project, Path out) {
        Alignment a = project.alignment();
        String base = out.getFileName().toString();
        for (String ext : List.of(".cesalign.xml", ".xml")) {
            if (base.endsWith(ext)) {
                base = base.substring(0, base.length() - ext.length());
                break;
            }
        }
        String from = base + "." + side(a.source(), a.target(), "source") + ".xml";
        String to = base + "." + side(a.target(), a.source(), "target") + ".xml";
        Path fromFile = out.resolveSibling(from);
        Path toFile = out.resolveSibling(to);
        refuseProjectFiles(project, fromFile);
        refuseProjectFiles(project, toFile);
        XcesDocumentFormat documents = new XcesDocumentFormat();
        var links = new CesAlignFormat.Links(from, to, a.beads());
        AtomicFiles.batch()
                .add(fromFile, w -> documents.write(a.source(), w))
                .add(toFile, w -> documents.write(a.target(), w))
                .add(out, w -> new CesAlignFormat().write(links, w))
                .commit(BackupPolicy.NO_BAK);
        return List.of(out, fromFile, toFile);
    }

    /** The language tag names the document file, unless both sides share it. */
    private static String side(SegmentedDocument doc, SegmentedDocument other, String fallback) {
        return doc.language().tag().equalsIgnoreCase(other.language().tag()) ? fallback : doc.language().tag();
    }

    /** An export must never replace the project's own files, lock or backups, whatever path leads there. */
    private static void refuseProjectFiles(Project project, Path out) {
        if (new ProjectStore().isOwnFile(project.folder(), out)) {
            throw new ExportException(out + ": is one of the project's own files (or its lock, backup or recovery copy);"
                    + " export to another file");
        }
    }

    /** The visavis version from the jar manifest, "dev" when run from classes (TMX headers record it). */
    static String version() {
        String v = Exporter.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** Writes one text file atomically; the files written. */
    private static List<Path> text(Path out, AtomicFiles.Content content) {
        AtomicFiles.write(out, content, BackupPolicy.NO_BAK);
        return List.of(out);
    }

    /** Writes one binary file (a zip package) atomically; the files written. */
    private static List<Path> binary(Path out, AtomicFiles.BinaryContent content) {
        AtomicFiles.writeBinary(out, content, BackupPolicy.NO_BAK);
        return List.of(out);
    }
}
