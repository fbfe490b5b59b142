package org.visavis.checks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.visavis.project.AtomicFiles;
import org.visavis.project.ProjectException;

/**
 * The findings a person dismissed, by {@link Finding#key()}, saved with the project as
 * {@code ignored-findings.txt} (one key a line), so that they stay dismissed after re-checking
 * and re-aligning.
 *
 * <pre>{@code
 * IgnoredFindings ignored = IgnoredFindings.load(projectFolder).with(finding);
 * ignored.save(projectFolder);
 * List<Finding> shown = ignored.filter(findings);
 * }</pre>
 */
public record IgnoredFindings(Set<String> keys) {
    public static final String FILE = "ignored-findings.txt";
    public static final IgnoredFindings NONE = new IgnoredFindings(Set.of());

    public IgnoredFindings {
        keys = Set.copyOf(keys);
    }

    /** Reads the project's list; none when the file does not exist. */
    public static IgnoredFindings load(Path projectFolder) {
        Path file = projectFolder.resolve(FILE);
        if (!Files.exists(file)) {
            return NONE;
        }
        try {
            Set<String> keys = new LinkedHashSet<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    keys.add(line);
                }
            }
            return new IgnoredFindings(keys);
        } catch (IOException e) {
            throw new ProjectException(file + ": cannot read the ignored findings (" + e.getMessage() + ")", e);
        }
    }

    public void save(Path projectFolder) {
        AtomicFiles.write(projectFolder.resolve(FILE), w -> {
            w.write("# findings dismissed in visavis: check, side, subject, context, renderings (tab-separated)\n");
            for (String k : keys) {
                w.write(k);
                w.write('\n');
            }
        }, AtomicFiles.BackupPolicy.NO_BAK);
    }

    public boolean ignores(Finding finding) {
        return keys.contains(finding.key());
    }

    public IgnoredFindings with(Finding finding) {
        Set<String> more = new LinkedHashSet<>(keys);
        more.add(finding.key());
        return new IgnoredFindings(more);
    }

    public IgnoredFindings without(Finding finding) {
        Set<String> fewer = new LinkedHashSet<>(keys);
        fewer.remove(finding.key());
        return new IgnoredFindings(fewer);
    }

    public List<Finding> filter(List<Finding> findings) {
        return findings.stream().filter(f -> !ignores(f)).toList();
    }
}
