package org.visavis.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.visavis.export.OmegatProjectWriter;
import org.visavis.export.TmxUnitFilter;
import org.visavis.model.Alignment;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;
import org.visavis.project.Project;

/**
 * How much of a document OmegaT (console mode, its own filters, segmentation and default
 * preferences) fills from the OmegaT project visavis exports ({@link OmegatProjectWriter}, the TMX
 * in {@code tm/auto/}): of OmegaT's segments whose text (tags aside) is the source of a unit of the
 * TMX, the share OmegaT translated from it.
 *
 * <p>OmegaT lists its segments ({@code --mode=console-createpseudotranslatetmx}); then it
 * translates the project ({@code --mode=console-translate}) from a copy of our TMX in which each
 * unit's target starts with a mark of its own ({@code [[u12]] }); a segment is filled when the
 * mark of its unit is in OmegaT's translated document. Marks change no source, so they change
 * nothing OmegaT matches on.
 */
final class OmegatFill {

    /** OmegaT's tags in its segments: {@code <c0>}, {@code </c0>}, {@code <t1/>}. */
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z]+\\d+/?>");
    private static final Pattern SEG = Pattern.compile("<tu>\\s*<tuv[^>]*>\\s*<seg>(.*?)</seg>", Pattern.DOTALL);
    private static final Pattern INLINE = Pattern.compile("<(bpt|ept|it|ph)\\b[^>]*>.*?</\\1>", Pattern.DOTALL);
    private static final Pattern MARK = Pattern.compile("\\[\\[u(\\d+)]]");

    private final Path omegatJar;
    private final Path work;

    OmegatFill(Path omegatJar, Path work) {
        this.omegatJar = omegatJar;
        this.work = work;
    }

    /** The alignment's TMX with its inline codes, as visavis writes it. */
    static Alignment withoutCodes(Alignment a) {
        return new Alignment(strip(a.source()), strip(a.target()), a.beads());
    }

    private static SegmentedDocument strip(SegmentedDocument d) {
        return new SegmentedDocument(d.name(), d.language(), d.paragraphs(),
                d.segments().stream().map(s -> new Segment(s.text(), s.paragraph())).toList());
    }

    FillFigures measure(String name, Path sourceDocument, Alignment alignment) throws IOException, InterruptedException {
        Path project = work.resolve(name);
        // the OmegaT project as `export --format omegat` writes it; OmegaT's preferences as it installs them
        List<Path> written = new OmegatProjectWriter().write(new Project(work.resolve(name + "-visavis"), alignment), project,
                Optional.of(sourceDocument), TmxUnitFilter.DEFAULT, false);
        Path config = Files.createDirectories(work.resolve(name + "-config"));
        Path memory = written.stream().filter(p -> p.toString().endsWith(".tmx")).findFirst().orElseThrow();
        Map<String, Integer> unitBySource = new HashMap<>();
        Files.writeString(memory, marked(Files.readString(memory, StandardCharsets.UTF_8),
                alignment.source().language().tag(), alignment.target().language().tag(), unitBySource), StandardCharsets.UTF_8);

        Path segments = work.resolve(name + "-segments.tmx");
        run(project, config, "--mode=console-createpseudotranslatetmx", "--pseudotranslatetmx=" + segments,
                "--pseudotranslatetype=equal");
        run(project, config, "--mode=console-translate");
        String output = translatedText(project.resolve("target").resolve(sourceDocument.getFileName()));
        Map<Integer, Integer> marks = new HashMap<>();
        Matcher m = MARK.matcher(output);
        while (m.find()) {
            marks.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
        }

        // OmegaT's segments, unique; several may share a text when only their tags differ
        Map<String, List<String>> byText = new HashMap<>();
        Matcher seg = SEG.matcher(Files.readString(segments, StandardCharsets.UTF_8));
        while (seg.find()) {
            String tagged = unescape(seg.group(1));
            byText.computeIfAbsent(normal(TAG.matcher(tagged).replaceAll("")), k -> new ArrayList<>()).add(tagged);
        }
        FillFigures.Count count = new FillFigures.Count();
        for (var e : byText.entrySet()) {
            Integer unit = unitBySource.get(e.getKey());
            if (unit == null) {
                continue;
            }
            int left = marks.getOrDefault(unit, 0);
            for (String s : e.getValue()) {
                count.add(TAG.matcher(s).find(), left-- > 0, s);
            }
        }
        return count.figures();
    }

    /**
     * Each target {@code <seg>} of the TMX with the mark of its unit in front; {@code unitBySource}
     * gets the units' numbers by their source text (tags aside).
     */
    private static String marked(String tmx, String sourceTag, String targetTag, Map<String, Integer> unitBySource) {
        Pattern tu = Pattern.compile("<tu>.*?</tu>", Pattern.DOTALL);
        Pattern sourceSeg = Pattern.compile("<tuv xml:lang=\"" + Pattern.quote(sourceTag) + "\"><seg>(.*?)</seg>", Pattern.DOTALL);
        String targetOpening = "<tuv xml:lang=\"" + targetTag + "\"><seg>";
        Matcher m = tu.matcher(tmx);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String unit = m.group();
            Matcher src = sourceSeg.matcher(unit);
            Integer id = src.find() && unit.contains(targetOpening)
                    ? unitBySource.computeIfAbsent(withoutTags(src.group(1)), k -> unitBySource.size() + 1) : null;
            if (id != null) {
                unit = unit.replace(targetOpening, targetOpening + "[[u" + id + "]] ");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(unit));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The text of the translated document (the XML of a DOCX's or ODT's body, markup and all). */
    private static String translatedText(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".docx") || name.endsWith(".odt")) {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                String body = name.endsWith(".docx") ? "word/document.xml" : "content.xml";
                return new String(zip.getInputStream(zip.getEntry(body)).readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private void run(Path project, Path config, String... mode) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true", "-jar", omegatJar.toString(), project.toString()));
        command.addAll(List.of(mode));
        command.addAll(List.of("--config-dir=" + config, "--disable-project-locking"));
        Path log = work.resolve("omegat.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("OmegaT did not finish in 180 s: " + Files.readString(log));
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("OmegaT failed (exit " + p.exitValue() + "): " + Files.readString(log));
        }
    }

    /** A {@code <seg>}'s text without inline elements nor OmegaT's tags. */
    private static String withoutTags(String seg) {
        return normal(TAG.matcher(unescape(INLINE.matcher(seg).replaceAll(""))).replaceAll(""));
    }

    private static String normal(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }
}
