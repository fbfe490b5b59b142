package org.visavis.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visavis.model.Language;
import org.visavis.testing.OmegatConsole;

/**
 * {@code --srx} with OmegaT's own rules: the segmentation.srx of its jar (the file OmegaT 4.x
 * keeps) and the segmentation.conf OmegaT 3.6 writes, both from the Debian package, give the
 * sentences OmegaT's own segmenter gives on the paragraphs of the bundled Handbook chapters.
 */
class OmegatSegmentationRulesTest {

    @Test
    void omegatsSrxFileSplitsAsOmegatDoes(@TempDir Path dir) throws Exception {
        Path srx = omegatDefaultRules(dir.resolve("segmentation.srx"));
        for (String chapter : List.of("sect.release-lifecycle.html", "sect.debian-internals.html")) {
            assertSplitsAsOmegat(srx, "fr-FR", "corpora/debian-handbook/fr-FR/" + chapter, dir);
            assertSplitsAsOmegat(srx, "en-US", "corpora/debian-handbook/en-US/" + chapter, dir);
        }
    }

    @Test
    void omegatsSegmentationConfSplitsAsOmegatDoes(@TempDir Path dir) throws Exception {
        Path conf = dir.resolve("segmentation.conf");
        runOmegat(dir, "conf", conf.toString());
        assertThat(Files.readString(conf)).contains("java.beans.XMLDecoder", "org.omegat.core.segmentation.MapRule");
        assertSplitsAsOmegat(conf, "fr-FR", "corpora/debian-handbook/fr-FR/sect.debian-internals.html", dir);
        assertSplitsAsOmegat(conf, "en-US", "corpora/debian-handbook/en-US/sect.debian-internals.html", dir);
    }

    /** The same rules under another name are a plain SRX file: Okapi's reading, where "FR.*" matches nothing. */
    @Test
    void onlyOmegatsFileNamesGetOmegatsReading(@TempDir Path dir) throws Exception {
        Path other = omegatDefaultRules(dir.resolve("rules.srx"));
        Files.copy(other, dir.resolve("segmentation.srx"));
        String text = "M. Dupont est venu. Il a vu p. ex. la maison.";
        assertThat(SrxSegmenter.fromFile(dir.resolve("segmentation.srx"), Language.parse("fr-FR")).split(text))
                .containsExactly("M. Dupont est venu.", "Il a vu p. ex. la maison.");
        assertThat(SrxSegmenter.fromFile(other, Language.parse("fr-FR")).split(text))
                .contains("M.");
    }

    @Test
    void aBeanFileThatIsNotOmegatsRulesIsAnErrorNamingIt(@TempDir Path dir) throws IOException {
        Path conf = Files.writeString(dir.resolve("segmentation.conf"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <java version="17" class="java.beans.XMLDecoder">
                 <object class="java.lang.ProcessBuilder"><void method="start"/></object>
                </java>
                """);
        assertThatThrownBy(() -> SrxSegmenter.fromFile(conf, Language.of("fr")))
                .isInstanceOf(SegmentationException.class)
                .hasMessageStartingWith(conf + ": not OmegaT segmentation rules");
    }

    @Test
    void aConfWithARuleSetWithoutPatternIsAnErrorNamingIt(@TempDir Path dir) throws IOException {
        Path conf = Files.writeString(dir.resolve("segmentation.conf"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <java version="17" class="java.beans.XMLDecoder">
                 <object class="org.omegat.core.segmentation.SRX"><void property="mappingRules"><void method="add">
                  <object class="org.omegat.core.segmentation.MapRule">
                   <void property="language"><string>French</string></void>
                  </object>
                 </void></void></object>
                </java>
                """);
        assertThatThrownBy(() -> SrxSegmenter.fromFile(conf, Language.of("fr")))
                .isInstanceOf(SegmentationException.class)
                .hasMessage(conf + ": language rule 1 (French) has no pattern");
    }

    private static void assertSplitsAsOmegat(Path rules, String lang, String chapter, Path dir) throws Exception {
        List<String> paragraphs = paragraphs(Path.of(chapter));
        assertThat(paragraphs).hasSizeGreaterThan(20);
        Path in = Files.write(dir.resolve("paragraphs-" + lang + ".txt"), paragraphs, StandardCharsets.UTF_8);
        Path out = dir.resolve("omegat-" + lang + ".txt");
        runOmegat(dir, "segment", lang, in.toString(), out.toString());
        List<String> omegat = Files.readAllLines(out, StandardCharsets.UTF_8);
        SrxSegmenter ours = SrxSegmenter.fromFile(rules, Language.parse(lang));
        int sentences = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            List<String> expected = Arrays.stream(omegat.get(i).split("\t")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            assertThat(ours.split(paragraphs.get(i))).as("%s, paragraph %d: %s", chapter, i + 1, paragraphs.get(i))
                    .containsExactlyElementsOf(expected);
            sentences += expected.size();
        }
        assertThat(sentences).as("sentences of " + chapter).isGreaterThan(paragraphs.size());
    }

    /** The text of each paragraph ({@code <div class="para">}) of a chapter, tags out, the common entities decoded: the same strings for both tools. */
    private static List<String> paragraphs(Path html) throws IOException {
        String page = Files.readString(html, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<div class=\"para\">(.*?)</div>", Pattern.DOTALL).matcher(page);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            String text = m.group(1).replaceAll("<[^>]+>", "").replace("&nbsp;", "\u00A0")
                    .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&")
                    .replaceAll("\\s+", " ").strip();
            if (!text.isEmpty()) {
                out.add(text);
            }
        }
        return out;
    }

    /** The default rules in OmegaT's jar (the SRX 2.0 file OmegaT 4.x keeps as segmentation.srx), copied to {@code to}. */
    private static Path omegatDefaultRules(Path to) throws IOException {
        try (JarFile j = new JarFile(OmegatConsole.jar().toFile()); InputStream in = j.getInputStream(
                j.getJarEntry("org/omegat/core/segmentation/defaultRules.srx"))) {
            Files.copy(in, to);
        }
        return to;
    }

    /** Runs test resource OmegatSegmentation.java with OmegaT's classes. */
    private static void runOmegat(Path dir, String... args) throws Exception {
        Path program = dir.resolve("OmegatSegmentation.java");
        try (InputStream in = OmegatSegmentationRulesTest.class.getResourceAsStream("OmegatSegmentation.java")) {
            assertThat(in).as("test resource OmegatSegmentation.java").isNotNull();
            Files.copy(in, program, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        OmegatConsole.runWithOmegat(program, dir, args);
    }
}
