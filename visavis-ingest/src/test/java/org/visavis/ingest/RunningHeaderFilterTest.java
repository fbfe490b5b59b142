package org.visavis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunningHeaderFilterTest {

    /** Pages as Tika extracts Debian Reference: a running header with the page number on top. */
    private static final List<String> HEADINGS = List.of("1.1.1 The shell prompt", "1.1.2 The shell prompt under GUI",
            "1.1.3 The root account", "1.1.4 The root shell prompt", "1.1.5 GUI system administration tools",
            "1.1.6 Virtual consoles", "1.1.7 How to leave the command prompt", "1.1.8 How to shutdown the system");

    private static List<List<String>> pages(String header, String footer, int count) {
        List<List<String>> pages = new ArrayList<>();
        for (int p = 1; p <= count; p++) {
            pages.add(List.of(header.replace("N", Integer.toString(p)), "",
                    HEADINGS.get(p - 1), "",
                    "The text of section " + HEADINGS.get(p - 1) + " starts here.",
                    footer.replace("N", Integer.toString(p))));
        }
        return pages;
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = ';', value = {
        "Debian Reference N / 233; Chapter 1. GNU/Linux tutorials",
        "Debian Reference N; - N -",
        "Self-organisation is the first act of the revolution; N",
        "Le cahier de l'administrateur Debian; page N",
    })
    void dropsRunningLinesAndPageNumbers(String header, String footer) {
        List<List<String>> filtered = new RunningHeaderFilter().filter(pages(header, footer, 6));
        for (int p = 0; p < filtered.size(); p++) {
            List<String> page = filtered.get(p);
            assertThat(page.get(0)).isEmpty();
            assertThat(page.get(5)).isEmpty();
            assertThat(page.get(2)).isEqualTo(HEADINGS.get(p));
            assertThat(page.get(4)).startsWith("The text of section");
        }
    }

    @Test
    void romanPageNumbersOfTheFrontMatterCountAsTheSameRunningLine() {
        List<List<String>> pages = new ArrayList<>();
        for (String n : List.of("i", "ii", "iii", "iv", "v")) {
            pages.add(List.of("Debian Reference " + n, "Copyright © 2013-2021 Osamu Aoki"));
        }
        pages.add(List.of("Debian Reference 1 / 233", "Now you are in the shell."));
        List<List<String>> filtered = new RunningHeaderFilter().filter(pages);
        assertThat(filtered).allSatisfy(page -> assertThat(page.get(0)).isEmpty());
        assertThat(filtered.get(5).get(1)).isEqualTo("Now you are in the shell.");
    }

    @Test
    void linesThatRepeatOnFewPagesStay() {
        List<List<String>> pages = new ArrayList<>(pages("Debian Reference N / 233", "N", 8));
        pages.set(3, List.of("Warning", "Never share the root password with others.", "Warning"));
        pages.set(4, List.of("Warning", "Never run untrusted remote GUI program under X Window.", "Warning"));
        List<List<String>> filtered = new RunningHeaderFilter().filter(pages);
        assertThat(filtered.get(3).get(0)).isEqualTo("Warning");
        assertThat(filtered.get(4).get(1)).startsWith("Never run");
    }

    @Test
    void aLineInTheMiddleOfThePageIsNeverAHeader() {
        List<List<String>> pages = new ArrayList<>();
        for (int p = 0; p < 5; p++) {
            pages.add(List.of("header " + p, "body " + p, "Debian Reference 12 / 233", "more body " + p, "footer " + p));
        }
        List<List<String>> filtered = new RunningHeaderFilter().filter(pages);
        assertThat(filtered).allSatisfy(page -> assertThat(page.get(2)).isEqualTo("Debian Reference 12 / 233"));
    }

    private static final List<String> WORDS = List.of("quantitatively", "qualitatively", "historically", "practically",
            "formally", "finally", "moreover", "besides", "otherwise", "meanwhile", "still", "indeed", "yet", "thus");

    /** Six lines of running text that differ from page to page, as text does. */
    private static List<String> body(int p) {
        List<String> lines = new ArrayList<>();
        for (int l = 0; l < 6; l++) {
            int n = p * 6 + l;
            lines.add(WORDS.get(n % WORDS.size()) + " " + WORDS.get(n * 3 % WORDS.size()) + " the text of line " + n
                    + " says " + WORDS.get(n * 5 % WORDS.size()) + " " + WORDS.get((n * 7 + 1) % WORDS.size()));
        }
        return lines;
    }

    private static List<String> page(String first, List<String> body, String last) {
        List<String> page = new ArrayList<>();
        page.add(first);
        page.addAll(body);
        page.add(last);
        return page;
    }

    /** Apache FOP's DocBook pages: the chapter title on top, a bare page number at the foot; the chapter is two pages long. */
    @Test
    void aChapterTitleHeadingTwoPagesNumberedAtTheFootIsRunning() {
        List<List<String>> pages = new ArrayList<>(pages("Debian Reference N / 233", "N", 4));
        pages.add(List.of("Chapter 2. The Foundation", "Documents", "", "A few years after its initial launch, Debian formalized", "3"));
        pages.add(List.of("The Foundation Documents", "", "This commitment is more difficult to define. Debian imposes, thus, a bias", "4"));
        pages.add(List.of("The Foundation Documents", "", "ally a program). It is, thus, not possible to distribute a program", "5"));
        pages.add(List.of("Chapter 3. The Inner Workings", "", "The abundant end results produced by the Debian project", "Warning", "", "Never share the root password.", "6"));
        pages.add(List.of("Warning", "", "Never run untrusted remote GUI program under X Window.", "7"));
        pages.add(List.of("Lifecycle of a Release", "", "Never run untrusted remote GUI programs.", "8"));
        pages.add(List.of("Warning", "", "Never trust the network.", "9"));
        List<List<String>> filtered = new RunningHeaderFilter().filter(pages);
        assertThat(filtered.get(5).get(0)).isEmpty();
        assertThat(filtered.get(6).get(0)).isEmpty();
        assertThat(filtered.get(6).get(2)).startsWith("ally a program");
        assertThat(filtered.get(4).get(0)).isEqualTo("Chapter 2. The Foundation");
        // An admonition title heading two pages that do not follow each other stays.
        assertThat(filtered.get(8).get(0)).isEqualTo("Warning");
        assertThat(filtered.get(10).get(0)).isEqualTo("Warning");
    }

    /** Headers whose chapter or section title changes every few pages, as LibreOffice and Sphinx print them. */
    @Test
    void headersWithChangingTitlesAreFoundByTheirSharedWordsOrTheirPageNumber() {
        List<List<String>> pages = new ArrayList<>();
        for (int p = 0; p < 8; p++) {
            String chapter = HEADINGS.get(p / 3);
            String header = p % 2 == 0 ? "Inside the Debian Project " + chapter : (p + 3) + " Chapter " + (p / 3 + 1) + ". " + chapter;
            pages.add(page(header, body(p), WORDS.get(p) + " ends the page, " + WORDS.get(p + 3) + "."));
        }
        List<List<String>> filtered = new RunningHeaderFilter().filter(pages);
        for (int p = 0; p < 8; p++) {
            assertThat(filtered.get(p).get(0)).isEmpty();
            assertThat(filtered.get(p).subList(1, 8)).isEqualTo(pages.get(p).subList(1, 8));
        }
    }

    /** Sphinx's odd pages: the section title with the page number, which Tika sets at the page foot. */
    @Test
    void aLineEndingWithThePageNumberIsRunningEvenWhenItsTitleIsNew() {
        List<List<String>> pages = new ArrayList<>();
        for (int p = 0; p < 8; p++) {
            pages.add(page(WORDS.get(p) + " starts the page, " + WORDS.get(p + 3), body(p), "1." + p + ". " + HEADINGS.get(p) + " " + (p + 5)));
        }
        List<List<String>> filtered = new RunningHeaderFilter().filter(pages);
        for (int p = 0; p < 8; p++) {
            assertThat(filtered.get(p).get(7)).isEmpty();
            assertThat(filtered.get(p).subList(0, 7)).isEqualTo(pages.get(p).subList(0, 7));
        }
    }

    /** A footnote at the foot starts with a number, maybe the page's: it stays unless it repeats. */
    @Test
    void aFootnoteNumberedLikeThePageStays() {
        List<List<String>> pages = new ArrayList<>();
        for (int p = 0; p < 8; p++) {
            pages.add(page("Header of the book " + (p + 1), body(p), (p + 1) + " " + WORDS.get(p + 2) + " is what note "
                    + WORDS.get(p + 5) + " says, " + WORDS.get(p + 1) + "."));
        }
        List<List<String>> filtered = new RunningHeaderFilter().filter(pages);
        for (int p = 0; p < 8; p++) {
            assertThat(filtered.get(p).get(0)).isEmpty();
            assertThat(filtered.get(p).subList(1, 8)).isEqualTo(pages.get(p).subList(1, 8));
        }
    }
}
