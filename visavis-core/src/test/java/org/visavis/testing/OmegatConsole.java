package org.visavis.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * OmegaT from Debian (CI installs it), run by tests as a separate process: its console mode on a
 * project, or a program of the test's with OmegaT's classes. Without OmegaT the test is skipped
 * with a reason.
 *
 * <pre>{@code
 * OmegatConsole.translate(projectFolder, workDir);   // project/target/... written by OmegaT
 * }</pre>
 */
public final class OmegatConsole {

    private static final List<Path> JARS = List.of(
            Path.of("/usr/share/omegat/OmegaT.jar"), Path.of("/usr/share/java/omegat.jar"), Path.of("/opt/omegat/OmegaT.jar"));

    private OmegatConsole() {
    }

    /** OmegaT's jar; skips the test when OmegaT is not installed. */
    public static Path jar() {
        Path jar = JARS.stream().filter(Files::isRegularFile).findFirst().orElse(null);
        assumeTrue(jar != null, "OmegaT is not installed (apt-get install omegat; looked for " + JARS
                + "): the OmegaT checks are skipped");
        return jar;
    }

    /**
     * {@code --mode=console-translate} on a project (its own config in {@code work}); fails with
     * OmegaT's output unless OmegaT ends well within 150 s. Returns that output.
     */
    public static String translate(Path project, Path work) throws IOException, InterruptedException {
        return run(work, "-jar", jar().toString(), project.toString(), "--mode=console-translate",
                "--config-dir=" + work.resolve("omegat-config"), "--disable-project-locking");
    }

    /** A Java program (a source file) run with OmegaT's classes on the class path. */
    public static String runWithOmegat(Path program, Path work, String... args) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("-cp", jar().toString(), program.toString()));
        all.addAll(List.of(args));
        return run(work, all.toArray(String[]::new));
    }

    private static String run(Path work, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true"));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(work, "omegat", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = p.waitFor(150, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly();
        }
        String output = Files.readString(log);
        assertThat(finished).as("OmegaT finished within 150 s; its output:%n%s", output).isTrue();
        assertThat(p.exitValue()).as("OmegaT's exit code; its output:%n%s", output).isZero();
        return output;
    }
}
