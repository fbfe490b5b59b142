package org.visavis.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.visavis.model.Alignment;
import org.visavis.model.Language;
import org.visavis.project.AtomicFiles;
import org.visavis.project.AtomicFiles.BackupPolicy;
import org.visavis.project.Project;
import org.visavis.project.ProjectException;
import org.visavis.project.ProjectInputs;
import org.visavis.project.ProjectStore;

/**
 * A ready OmegaT project made from a visavis project: {@code omegat.project} with the two
 * languages and their tokenizers, {@code source/} with the original source document,
 * {@code tm/auto/NAME.tmx} (OmegaT inserts its exact matches; the inline codes written as OmegaT's
 * own tags, {@link OmegatTags}, which it matches with its default preferences) and the empty folders OmegaT
 * expects ({@code target/}, {@code glossary/}, {@code dictionary/}, {@code omegat/}). Opened in
 * OmegaT as it is, the document is pre-translated from the alignment.
 *
 * <pre>{@code
 * new OmegatProjectWriter().write(project, Path.of("book-omegat"), Optional.empty(), TmxUnitFilter.DEFAULT, false);
 * }</pre>
 *
 * A folder that is not empty is refused unless {@code replace}; then only the files written here
 * are replaced, and the translator's work in it ({@code omegat/project_save.tmx}, translated
 * documents) is left as it is.
 */
public final class OmegatProjectWriter {

    static final List<String> FOLDERS = List.of("source", "target", "tm", "tm/auto", "glossary", "dictionary", "omegat");

    /** OmegaT 3.6's Lucene tokenizers by language code; other languages get its DefaultTokenizer. */
    private static final Map<String, String> TOKENIZERS = Map.ofEntries(
            Map.entry("ar", "Arabic"), Map.entry("hy", "Armenian"), Map.entry("eu", "Basque"),
            Map.entry("bg", "Bulgarian"), Map.entry("ca", "Catalan"), Map.entry("zh", "SmartChinese"),
            Map.entry("cs", "Czech"), Map.entry("da", "Danish"), Map.entry("nl", "Dutch"),
            Map.entry("en", "English"), Map.entry("fi", "Finnish"), Map.entry("fr", "French"),
            Map.entry("gl", "Galician"), Map.entry("de", "German"), Map.entry("el", "Greek"),
            Map.entry("hi", "Hindi"), Map.entry("hu", "Hungarian"), Map.entry("id", "Indonesian"),
            Map.entry("ga", "Irish"), Map.entry("it", "Italian"), Map.entry("ja", "Japanese"),
            Map.entry("ko", "CJK"), Map.entry("lv", "Latvian"), Map.entry("nb", "Norwegian"),
            Map.entry("nn", "Norwegian"), Map.entry("no", "Norwegian"), Map.entry("fa", "Persian"),
            Map.entry("pt", "Portuguese"), Map.entry("ro", "Romanian"), Map.entry("ru", "Russian"),
            Map.entry("es", "Spanish"), Map.entry("sv", "Swedish"), Map.entry("th", "Thai"),
            Map.entry("tr", "Turkish"));

    /** OmegaT's tokenizer class for a language: {@code org.omegat.tokenizer.LuceneFrenchTokenizer}. */
    static String tokenizer(Language lang) {
        String name = lang.code().equals("pt") && lang.region().filter("BR"::equalsIgnoreCase).isPresent()
                ? "Brazilian" : TOKENIZERS.get(lang.code());
        return name == null ? "org.omegat.tokenizer.DefaultTokenizer" : "org.omegat.tokenizer.Lucene" + name + "Tokenizer";
    }

    /**
     * Writes the OmegaT project into {@code dir}; the original is {@code original} or else the
     * source document the project remembers ({@code inputs.tsv}), which must not have changed
     * since it was aligned. Returns what was written; ExportException naming the file otherwise.
     */
    public List<Path> write(Project project, Path dir, Optional<Path> original, TmxUnitFilter units, boolean replace) {
        Path document = original.orElseGet(() -> rememberedSource(project));
        if (!Files.isRegularFile(document)) {
            throw new ExportException(document + ": no such file (the original to translate in OmegaT)");
        }
        if (new ProjectStore().isOwnFile(project.folder(), dir) || dir.toAbsolutePath().normalize()
                .equals(project.folder().toAbsolutePath().normalize())) {
            throw new ExportException(dir + ": is the visavis project itself; write the OmegaT project elsewhere");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ExportException(dir + ": exists and is not a folder");
        }
        if (!replace && !isEmptyOrMissing(dir)) {
            throw new ExportException(dir + ": the folder is not empty (an OmegaT project with a translator's work?);"
                    + " give --replace to rewrite its omegat.project, source document and TMX, or choose another -o");
        }
        Alignment a = project.alignment();
        try {
            for (String folder : FOLDERS) {
                Files.createDirectories(dir.resolve(folder));
            }
        } catch (IOException e) {
            throw new ExportException(dir + ": cannot create the OmegaT project's folders (" + e.getMessage() + ")", e);
        }
        Path source = dir.resolve("source").resolve(document.getFileName().toString());
        Path tmx = dir.resolve("tm/auto").resolve(project.name() + ".tmx");
        Path settings = dir.resolve("omegat.project");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(document);
        } catch (IOException e) {
            throw new ExportException(document + ": cannot read (" + e.getMessage() + ")", e);
        }
        AtomicFiles.writeBinary(source, out -> out.write(bytes), BackupPolicy.NO_BAK);
        FilteredTmx.write(a, units, Exporter.version(), TmxWriter.Codes.OMEGAT_TAGS, tmx);
        // omegat.project last: a folder with it is a whole project
        AtomicFiles.write(settings, w -> w.write(projectFile(a.source().language(), a.target().language())),
                BackupPolicy.NO_BAK);
        return List.of(settings, source, tmx);
    }

    private static Path rememberedSource(Project project) {
        ProjectInputs inputs = ProjectInputs.load(project.folder()).orElseThrow(() -> new ExportException(
                project.folder() + ": the project does not say which document it was aligned from; give --original FILE"));
        Path source = inputs.source();
        if (!Files.isRegularFile(source)) {
            throw new ExportException(source + ": the source document this project was aligned from is gone;"
                    + " give --original FILE");
        }
        try {
            if (!ProjectInputs.digest(source).equals(inputs.sourceDigest())) {
                throw new ExportException(source + ": changed since it was aligned; align it again or give --original FILE");
            }
        } catch (ProjectException e) {
            throw new ExportException(e.getMessage(), e);
        }
        return source;
    }

    private static boolean isEmptyOrMissing(Path dir) {
        if (!Files.exists(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new ExportException(dir + ": cannot list (" + e.getMessage() + ")", e);
        }
    }

    /** The {@code omegat.project} of a project between the two languages: sentence segmentation, tags kept. */
    public static String projectFile(Language source, Language target) {
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <omegat>
                  <project version="1.0">
                    <source_dir>__DEFAULT__</source_dir>
                    <source_dir_excludes>
                      <mask>**/.svn/**</mask>
                      <mask>**/CVS/**</mask>
                      <mask>**/.cvs/**</mask>
                      <mask>**/desktop.ini</mask>
                      <mask>**/Thumbs.db</mask>
                      <mask>**/.DS_Store</mask>
                    </source_dir_excludes>
                    <target_dir>__DEFAULT__</target_dir>
                    <tm_dir>__DEFAULT__</tm_dir>
                    <glossary_dir>__DEFAULT__</glossary_dir>
                    <glossary_file>__DEFAULT__</glossary_file>
                    <dictionary_dir>__DEFAULT__</dictionary_dir>
                    <source_lang>%s</source_lang>
                    <target_lang>%s</target_lang>
                    <source_tok>%s</source_tok>
                    <target_tok>%s</target_tok>
                    <sentence_seg>true</sentence_seg>
                    <support_default_translations>true</support_default_translations>
                    <remove_tags>false</remove_tags>
                  </project>
                </omegat>
                """.formatted(TmxWriter.attribute(source.tag()), TmxWriter.attribute(target.tag()),
                tokenizer(source), tokenizer(target));
    }
}
