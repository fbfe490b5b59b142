package org.visavis.terms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.visavis.model.Language;
import org.visavis.project.AtomicFiles;

/**
 * The glossary a project uses: which file (remembered in {@code glossary.path} in the project
 * folder, relative when the file is inside it), and adding an entry to that file. A project that
 * has chosen none gets {@code glossary.tsv} in its folder when the first entry is added.
 *
 * <pre>{@code
 * Path file = ProjectGlossary.chosen(folder).orElse(ProjectGlossary.defaultFile(folder));
 * Glossary g = ProjectGlossary.append(file, new GlossaryEntry(Term.of("paquet"), List.of(Term.of("package")),
 *         List.of(), ""), Language.of("fr"), Language.of("en"));
 * ProjectGlossary.choose(folder, file);
 * }</pre>
 */
public final class ProjectGlossary {
    public static final String CHOICE_FILE = "glossary.path";
    public static final String DEFAULT_FILE = "glossary.tsv";

    private ProjectGlossary() {
    }

    /** The glossary file chosen for the project, if any. */
    public static Optional<Path> chosen(Path projectFolder) {
        Path choice = projectFolder.resolve(CHOICE_FILE);
        if (!Files.exists(choice)) {
            return Optional.empty();
        }
        try {
            String line = Files.readString(choice, StandardCharsets.UTF_8).strip();
            return line.isEmpty() ? Optional.empty() : Optional.of(projectFolder.resolve(line).normalize());
        } catch (IOException e) {
            throw new TermsException(choice + ": cannot read the project's glossary choice (" + e.getMessage() + ")", e);
        }
    }

    /** Remembers {@code glossary} as the project's glossary. */
    public static void choose(Path projectFolder, Path glossary) {
        Path folder = projectFolder.toAbsolutePath().normalize();
        Path file = glossary.toAbsolutePath().normalize();
        // relative inside the project, so that a moved or copied project keeps its glossary
        String written = file.startsWith(folder) ? folder.relativize(file).toString() : file.toString();
        AtomicFiles.write(folder.resolve(CHOICE_FILE), w -> w.write(written + "\n"), AtomicFiles.BackupPolicy.NO_BAK);
    }

    public static Path defaultFile(Path projectFolder) {
        return projectFolder.resolve(DEFAULT_FILE);
    }

    /** Reads the glossary file in its format, for the project's languages. */
    public static Glossary read(Path file, Language source, Language target) {
        if (!Files.exists(file)) {
            throw new TermsException(file + ": the project's glossary file is missing; choose another (Glossary › Open glossary)");
        }
        return GlossaryFormat.forFile(file).read(file, source, target);
    }

    /**
     * Adds an entry to the glossary file (creating it when missing) and writes it atomically in
     * its own format; returns the glossary as now saved. An entry with the same source term
     * gets the new renderings added to it instead of a second entry.
     */
    public static Glossary append(Path file, GlossaryEntry entry, Language source, Language target) {
        GlossaryFormat format = GlossaryFormat.forFile(file);
        List<GlossaryEntry> entries = new ArrayList<>();
        Language fileSource = source;
        Language fileTarget = target;
        if (Files.exists(file)) {
            Glossary existing = format.read(file, source, target);
            entries.addAll(existing.entries());
            fileSource = existing.source();
            fileTarget = existing.target();
        }
        boolean merged = false;
        for (int i = 0; i < entries.size() && !merged; i++) {
            GlossaryEntry e = entries.get(i);
            if (e.source().text().equalsIgnoreCase(entry.source().text())) {
                entries.set(i, new GlossaryEntry(e.source(), union(e.targets(), entry.targets()),
                        union(e.forbidden(), entry.forbidden()), e.note().isEmpty() ? entry.note() : e.note()));
                merged = true;
            }
        }
        if (!merged) {
            entries.add(entry);
        }
        Glossary updated = new Glossary(fileSource, fileTarget, entries);
        AtomicFiles.write(file, w -> format.write(updated, w), AtomicFiles.BackupPolicy.KEEP_BAK);
        return updated;
    }

    private static List<Term> union(List<Term> a, List<Term> b) {
        List<Term> all = new ArrayList<>(a);
        for (Term t : b) {
            if (all.stream().noneMatch(x -> x.text().equalsIgnoreCase(t.text()))) {
                all.add(t);
            }
        }
        return all;
    }
}
