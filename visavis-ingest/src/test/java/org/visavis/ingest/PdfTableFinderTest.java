package org.visavis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tables found from the places of glyphs, on lines laid out as the generators lay them out (the
 * Debian Reference's dblatex tables: 10 pt type, 12 pt between lines, cells centred in their rows),
 * and what must not be taken for a table: prose, a numbered list, a page set in two columns.
 */
class PdfTableFinderTest {

    private static final float SIZE = 10;
    private static final float EM = SIZE * 0.5f;   // width of a glyph here

    /** The glyphs of {@code text} from {@code x} on baseline {@code y}, a space a gap of a quarter em. */
    private static void put(List<PdfTableFinder.Glyph> glyphs, float x, float y, String text) {
        float at = x;
        for (char c : text.toCharArray()) {
            if (c == ' ') {
                at += 0.25f * SIZE;
                continue;
            }
            glyphs.add(new PdfTableFinder.Glyph(at, y, EM, SIZE, String.valueOf(c)));
            at += EM;
        }
    }

    /** The glyphs of {@code text} justified between {@code x} and {@code right}: its spaces stretched. */
    private static void justify(List<PdfTableFinder.Glyph> glyphs, float x, float right, float y, String text) {
        String[] words = text.split(" ");
        float letters = text.replace(" ", "").length() * EM;
        float space = (right - x - letters) / (words.length - 1);
        float at = x;
        for (String word : words) {
            put(glyphs, at, y, word);
            at += word.length() * EM + space;
        }
    }

    private static List<List<String>> cells(PdfTableFinder.Table table) {
        return table.rows().stream().map(r -> r.stream().map(c -> String.join(" ", c)).toList()).toList();
    }

    @Test
    void cellsCentredBesideCellsOfTwoAndThreeLinesAreOneRowEach() {
        List<PdfTableFinder.Glyph> g = new ArrayList<>();
        put(g, 56, 60, "The values of some environment variables change the behavior of some Unix commands.");
        put(g, 68, 91, "command");
        put(g, 270, 91, "description");
        put(g, 68, 103, "pwd");
        put(g, 270, 103, "display name of current/working directory");
        put(g, 68, 115, "man -a commandname");
        put(g, 270, 115, "display explanation on command ”commandname” (Unix style)");
        put(g, 270, 127, "display rather long explanation on command ”commandname” (GNU");
        put(g, 68, 133, "info commandname");
        put(g, 270, 139, "style)");
        put(g, 270, 151, "move an existing file ”foo” to a new location with a new name");
        put(g, 68, 163, "mv foo bar/baz");
        put(g, 270, 163, "”bar/baz” (the directory ”bar” must exist but the directory");
        put(g, 270, 175, "”bar/baz” must not exist)");
        put(g, 68, 187, "cd /");
        put(g, 270, 187, "change directory to the root directory");
        put(g, 56, 215, "Please traverse directories and peek into the system using the above commands as training.");

        List<PdfTableFinder.Table> tables = PdfTableFinder.find(g);

        assertThat(tables).hasSize(1);
        assertThat(cells(tables.get(0))).containsExactly(
                List.of("command", "description"),
                List.of("pwd", "display name of current/working directory"),
                List.of("man -a commandname", "display explanation on command ”commandname” (Unix style)"),
                List.of("info commandname", "display rather long explanation on command ”commandname” (GNU style)"),
                List.of("mv foo bar/baz", "move an existing file ”foo” to a new location with a new name ”bar/baz” "
                        + "(the directory ”bar” must exist but the directory ”bar/baz” must not exist)"),
                List.of("cd /", "change directory to the root directory"));
        // the prose above and below is not the table's
        int prose = "Thevaluesofsomeenvironmentvariableschangethebehaviorofsome".length();
        assertThat(tables.get(0).glyphs().get(0)).isFalse();
        assertThat(tables.get(0).glyphs().get(prose + 5)).isFalse();
        assertThat(tables.get(0).glyphs().get(g.size() - 1)).isFalse();
    }

    @Test
    void cellsStartingAtTheirRowsTopWrapIntoTheRowAbove() {
        // a word processor's table: cells at the top of their rows, wider spacing between rows
        List<PdfTableFinder.Glyph> g = new ArrayList<>();
        put(g, 42, 287, "Document");
        put(g, 210, 287, "What it sets out");
        put(g, 42, 303, "Social Contract");
        put(g, 210, 303, "The commitments the");
        put(g, 210, 315, "project makes to the free");
        put(g, 210, 327, "software community.");
        put(g, 42, 343, "Constitution");
        put(g, 210, 343, "How the project takes its decisions.");

        assertThat(PdfTableFinder.find(g)).singleElement().extracting(PdfTableFinderTest::cells).isEqualTo(List.of(
                List.of("Document", "What it sets out"),
                List.of("Social Contract", "The commitments the project makes to the free software community."),
                List.of("Constitution", "How the project takes its decisions.")));
    }

    @Test
    void proseANumberedListAndTwoColumnsOfProseAreNoTables() {
        List<PdfTableFinder.Glyph> prose = new ArrayList<>();
        put(prose, 56, 100, "A GNU/Linux distribution has two main objectives: install a free operating system");
        put(prose, 56, 112, "on a computer, and provide a range of software covering all of the users' needs.");
        assertThat(PdfTableFinder.find(prose)).isEmpty();

        List<PdfTableFinder.Glyph> list = new ArrayList<>();
        put(list, 56, 100, "1.");
        put(list, 80, 100, "The package is uploaded to the archive by its maintainer.");
        put(list, 56, 112, "2.");
        put(list, 80, 112, "The build daemons compile it for every architecture.");
        put(list, 56, 124, "3.");
        put(list, 80, 124, "The package migrates to Testing after a few days without bugs.");
        assertThat(PdfTableFinder.find(list)).isEmpty();

        List<PdfTableFinder.Glyph> columns = new ArrayList<>();
        String[] left = {"It is interesting to note that distributions", "derived from Debian differ greatly on this",
            "aspect, and provide a more limited installer", "but more user-friendly for the uninitiated."};
        String[] right = {"The development process is constantly de-", "bated, but these Foundation Documents are",
            "widely supported and consensual, and thus", "rarely change; a three-quarter majority is"};
        for (int i = 0; i < left.length; i++) {
            justify(columns, 56, 286, 100 + 12 * i, left[i]);
            justify(columns, 300, 530, 100 + 12 * i, right[i]);
        }
        assertThat(PdfTableFinder.find(columns)).isEmpty();
    }
}
