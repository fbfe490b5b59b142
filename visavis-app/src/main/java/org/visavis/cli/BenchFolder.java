package org.visavis.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.visavis.align.AlignmentException;
import org.visavis.model.Language;

/**
 * A benchmark folder: {@code <src>.txt}, {@code <tgt>.txt} and {@code gold.<src>-<tgt>}, the
 * languages read from the gold file's name ({@code dev/alice} holds {@code gold.fr-en}).
 */
record BenchFolder(Path dir, Language source, Language target, Path sourceFile, Path targetFile, Path gold) {

    static BenchFolder of(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new AlignmentException(dir + ": not a benchmark folder (no such directory)");
        }
        List<Path> golds;
        try (Stream<Path> files = Files.list(dir)) {
            golds = files.filter(p -> p.getFileName().toString().matches("gold\\.[a-zA-Z]{2,3}-[a-zA-Z]{2,3}"))
                    .toList();
        } catch (IOException e) {
            throw new AlignmentException(dir + ": cannot list (" + e.getMessage() + ")");
        }
        if (golds.size() != 1) {
            throw new AlignmentException(dir + ": expected one gold.<src>-<tgt> file, found " + golds.size());
        }
        String[] langs = golds.get(0).getFileName().toString().substring(5).split("-");
        Path s = dir.resolve(langs[0] + ".txt");
        Path t = dir.resolve(langs[1] + ".txt");
        for (Path p : List.of(s, t)) {
            if (!Files.isRegularFile(p)) {
                throw new AlignmentException(p + ": missing (the gold file names its languages)");
            }
        }
        return new BenchFolder(dir, Language.of(langs[0]), Language.of(langs[1]), s, t, golds.get(0));
    }

    String name() {
        return dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
    }
}
