package org.visavis.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import org.visavis.model.Alignment;
import org.visavis.model.Language;
import org.visavis.project.Project;
import org.visavis.project.ProjectStore;

/**
 * Imports an alignment made elsewhere (a TMX, an LF Aligner TSV, an XLIFF 2.0 file, or a
 * cesAlign file with its XCES documents from InterText or OPUS) into a new project, so the work
 * can go on in visavis. The file is read whole before anything is written: a malformed file
 * raises ImportException naming the file and line and leaves no project behind.
 *
 * <pre>{@code
 * Imported r = new Importer().importInto(Path.of("memory.tsv"), ImportFormat.TSV,
 *         ImportOptions.languages(Language.parse("fr"), Language.parse("en")), Path.of("alignments/memory"));
 * }</pre>
 */
public final class Importer {

    /** The project made, and how many unlinked sentences a cesAlign import added as one-sided beads. */
    public record Imported(Project project, int unlinkedSentences) {
    }

    /** Reads the file into an alignment without writing anything. */
    public Imported read(Path file, ImportFormat format, ImportOptions options, Path projectFolder) {
        if (!Files.isRegularFile(file)) {
            throw new ImportException(file + ": no such file");
        }
        // a switch expression without default: a format added to ImportFormat without its case does not compile
        return switch (format) {
            case TSV -> imported(projectFolder, new LfAlignerTsvReader().read(file,
                    required(options.sourceLanguage(), file, "--source-lang"), required(options.targetLanguage(), file, "--target-lang")));
            case TMX -> imported(projectFolder, new TmxAlignmentReader().read(file, options.sourceLanguage(), options.targetLanguage()));
            case XLIFF -> imported(projectFolder, new Xliff2Reader().read(file, options.sourceLanguage(), options.targetLanguage()));
            case CESALIGN -> {
                var r = new CesAlignCorpusReader().read(file, options.sourceLanguage(), options.targetLanguage());
                yield new Imported(new Project(projectFolder, r.alignment()), r.unlinkedSentences());
            }
        };
    }

    private static Imported imported(Path projectFolder, Alignment alignment) {
        return new Imported(new Project(projectFolder, alignment), 0);
    }

    /** Reads the file and saves it as a new project in {@code projectFolder}, which must not hold a project yet. */
    public Imported importInto(Path file, ImportFormat format, ImportOptions options, Path projectFolder) {
        if (ProjectStore.isProject(projectFolder)) {
            throw new ImportException(projectFolder + ": already holds a project; choose another --out or remove it");
        }
        Imported imported = read(file, format, options, projectFolder);
        new ProjectStore().save(imported.project());
        return imported;
    }

    private static Language required(java.util.Optional<Language> language, Path file, String option) {
        return language.orElseThrow(() -> new ImportException(file + ": a TSV file does not name its languages; give "
                + option));
    }
}
