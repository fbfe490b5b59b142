package org.visavis.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The documents a project was aligned from, remembered in the project's {@code inputs.tsv}: their
 * paths (absolute), the SHA-256 of their bytes, and the settings of the run (languages, rules), so
 * that {@code export --format omegat} finds the original and a folder alignment knows which
 * pairs changed since the last run.
 *
 * <pre>
 * # visavis: the documents this project was aligned from
 * source	3f9a…	/home/me/book/fr/ch1.html
 * target	8e21…	/home/me/book/en/ch1.html
 * settings	fr-FR en-US built-in rules
 * </pre>
 */
public record ProjectInputs(Path source, String sourceDigest, Path target, String targetDigest, String settings) {
    public static final String FILE = "inputs.tsv";

    public ProjectInputs {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceDigest, "sourceDigest");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(targetDigest, "targetDigest");
        Objects.requireNonNull(settings, "settings");
        if (settings.contains("\n") || settings.contains("\t")) {
            throw new IllegalArgumentException("settings must be one line without tabs: " + settings);
        }
    }

    /** The inputs as they are on disk now: both files are read to digest them. */
    public static ProjectInputs of(Path source, Path target, String settings) {
        return new ProjectInputs(source.toAbsolutePath().normalize(), digest(source),
                target.toAbsolutePath().normalize(), digest(target), settings);
    }

    /** SHA-256 of a file's bytes, in hex; ProjectException naming the file when it cannot be read. */
    public static String digest(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchFileException e) {
            throw new ProjectException(file + ": no such file");
        } catch (IOException e) {
            throw new ProjectException(file + ": cannot read (" + e.getMessage() + ")", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code inputs.tsv} into the project folder, atomically. */
    public void save(Path folder) {
        AtomicFiles.write(folder.resolve(FILE), w -> {
            w.write("# visavis: the documents this project was aligned from\n");
            w.write("source\t" + sourceDigest + "\t" + source + "\n");
            w.write("target\t" + targetDigest + "\t" + target + "\n");
            w.write("settings\t" + settings + "\n");
        }, AtomicFiles.BackupPolicy.NO_BAK);
    }

    /** The inputs a project remembers; empty for a project made before visavis remembered them, or imported. */
    public static Optional<ProjectInputs> load(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ProjectException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        String[] src = null;
        String[] tgt = null;
        String settings = null;
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", 3);
            switch (f[0]) {
                case "source" -> src = f;
                case "target" -> tgt = f;
                case "settings" -> settings = f.length > 1 ? f[1] : "";
                default -> throw new ProjectException(file + ": unknown line '" + f[0] + "'");
            }
        }
        if (src == null || tgt == null || settings == null || src.length < 3 || tgt.length < 3) {
            throw new ProjectException(file + ": needs a source, a target and a settings line");
        }
        return Optional.of(new ProjectInputs(Path.of(src[2]), src[1], Path.of(tgt[2]), tgt[1], settings));
    }
}
