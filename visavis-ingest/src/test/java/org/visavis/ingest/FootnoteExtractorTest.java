package org.visavis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FootnoteExtractorTest {

    private static final String RULE = "                                       ";

    /** The foot of a page of corpora/self-organisation/en.txt. */
    private static final List<String> PAGE = List.of(
            "perspectives. What it meant to be a class was now only defined in and through the adversary of that class, in the action ",
            "",
            "against it. The decline and lost meaning of autonomy are not a simple product of the retreat of class struggles. The ",
            "",
            RULE,
            "1 Les luttes revendicatives, which we have rendered throughout as “struggles over immediate demands”, could mean ",
            "depending on context struggles over wages and conditions, or for the defence of jobs, or other “everyday” struggles of ",
            "the proletariat. ");

    @Test
    void takesTheNotesOffTheFootOfThePage() {
        PageBody body = new FootnoteExtractor().extract(PAGE, 1);
        assertThat(body.lines()).containsExactlyElementsOf(PAGE.subList(0, 4));
        assertThat(body.notes()).singleElement().satisfies(note -> {
            assertThat(note.label()).isEqualTo("1");
            assertThat(note.lines()).hasSize(3);
            assertThat(note.lines().get(0)).startsWith("Les luttes revendicatives");
        });
    }

    @Test
    void splitsANoteBlockAtTheNextNumber() {
        List<String> page = List.of("the struggle as a class.", RULE,
                "2 Transcroissance or overgrowth is a term Trotsky used to describe the way he thought the bourgeois revolution in ",
                "Russia or other less developed areas could grow into the proletarian revolution. ",
                "",
                "that the everyday class struggle, wage struggles and defence of jobs etc. can simply generalise into revolutionary ",
                "3 Cobas is an Italian base union. ");
        PageBody body = new FootnoteExtractor().extract(page, 2);
        assertThat(body.notes()).extracting(FootnoteBlock::label).containsExactly("2", "3");
        assertThat(body.notes().get(0).lines()).hasSize(4);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        // a code listing indented with spaces, a number after it: no separator and no note
        "1 /usr/bin/vim *+ 2 /usr/bin/nvi; 1",
        // a note numbered out of sequence is not the foot of this page
        "7 Noske is known for brutally putting down communist uprisings; 3",
    })
    void leavesOtherNumberedLinesInTheText(String line, int nextLabel) {
        List<String> page = List.of("The alternatives system keeps its selection as symlinks.", RULE, line);
        PageBody body = new FootnoteExtractor().extract(page, nextLabel);
        if (nextLabel == 1) {
            // Here the rule is followed by a numbered line: with the expected number it is a note.
            assertThat(body.notes()).hasSize(1);
        } else {
            assertThat(body.notes()).isEmpty();
            assertThat(body.lines()).isEqualTo(page);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the marker is in the text above: a note
        "1 Les luttes revendicatives, which we have rendered throughout as “struggles over immediate demands” | 1 | 1",
        // a numbered list item
        "1. Choose packages listed on the command line | 1 | 0",
        // not the next note number
        "3 Run prerm script | 1 | 0",
        // no marker 2 in the text above
        "2 Make package dependency resolution | 2 | 0",
    })
    void withoutARuleANoteNeedsItsMarkerAbove(String foot, int nextLabel, int notes) {
        List<String> page = List.of(
                "It supposes that struggles over immediate demands1 are stepping stones to the revolution, and that",
                "capital reproduces and confirms a workers’ identity within the relation of exploitation.",
                "",
                foot);
        assertThat(new FootnoteExtractor().extract(page, nextLabel).notes()).hasSize(notes);
    }

    /** Page 121 of the Debian Policy Manual: the marker of note 3 is glued to a number ("ISO-8859-1.3"), where it reads as one. */
    @Test
    void aRunOfNotesMayHaveOneMarkerThatReadsAsANumber() {
        List<String> text = List.of(
                "Each package that provides a program should provide a manual page for it, until a proper man page is available.1",
                "The name of the manual page must be given in the man page’s header.2",
                "SUPPORTED). For example, pages under /usr/share/man/fr should use either UTF-8 or ISO-8859-1.3",
                "difference in the language, as this excludes speakers of the language in other countries.4",
                "");
        List<String> foot = List.of(
                "1 It is not very hard to write a man page. See the Man-Page-HOWTO, man(7), the examples created by dh_make.",
                "2 Supporting this in man often requires unreasonable processing time to find a manual page.",
                "3 man will automatically detect whether UTF-8 is in use. In future, all manual pages will be required to use UTF-8.",
                "4 At the time of writing, Chinese and Portuguese are the main languages with such differences.");
        List<String> page = new java.util.ArrayList<>(text);
        page.addAll(foot);
        assertThat(new FootnoteExtractor().extract(page, 1).notes()).extracting(FootnoteBlock::label)
                .containsExactly("1", "2", "3", "4");
        // Two notes need both markers, unless the first is the very number the notes are at and sits
        // glued to a number's point: with note 3 expected, "ISO-8859-1.3" is its marker...
        List<String> two = new java.util.ArrayList<>(text.subList(2, 5));
        two.addAll(foot.subList(2, 4));
        assertThat(new FootnoteExtractor().extract(two, 3).notes()).extracting(FootnoteBlock::label).containsExactly("3", "4");
        // ...with note 2 expected, a "3" after a number is not enough: only note 4 is taken, note 3 stays text.
        PageBody body = new FootnoteExtractor().extract(two, 2);
        assertThat(body.notes()).extracting(FootnoteBlock::label).containsExactly("4");
        assertThat(body.lines()).contains(foot.get(2));
    }

    /** Page 28 of the bash manual page as groff prints it (bash-doc): extended patterns at the page foot, a glob ".*" above. */
    @Test
    void aSymbolGluedToAParenthesisIsAPatternNotANote() {
        List<String> page = List.of(
                "behavior of ignoring filenames beginning with a ‘‘.’’, make ‘‘.*’’ one of the patterns in GLOBIGNORE.",
                "",
                "a |. Composite patterns may be formed using one or more of the following sub-patterns:",
                "",
                "?(pattern-list)",
                "Matches zero or one occurrence of the given patterns",
                "",
                "*(pattern-list)",
                "Matches zero or more occurrences of the given patterns");
        PageBody body = new FootnoteExtractor().extract(page, 1);
        assertThat(body.notes()).isEmpty();
        assertThat(body.lines()).isEqualTo(page);
    }

    /** Page 84 of the Debian Policy Manual (Sphinx): note 17's marker ends "libz.so.1.", a code line in its body. */
    @Test
    void theExpectedNoteMayHaveItsMarkerGluedToANumbersPoint() {
        List<String> page = List.of(
                "library-sonamemust contain exactly the value of the ELF SONAME attribute of the shared library. In our example,",
                "this is libz.so.1.17",
                "",
                "The first alternative dependency template is numbered 1, the second 2, and so forth.18",
                "17 This can be determined by using the command",
                "",
                "readelf -d /usr/lib/libz.so.1.2.3.4 | grep SONAME",
                "",
                "18 An example of where this may be needed is with a library that implements the libGL interface.");
        assertThat(new FootnoteExtractor().extract(page, 17).notes()).extracting(FootnoteBlock::label).containsExactly("17", "18");
        // a page whose notes were expected to start at 1 does not take "17" so
        assertThat(new FootnoteExtractor().extract(page, 16).notes()).extracting(FootnoteBlock::label).doesNotContain("17");
    }

    /** Page 137 of the Debian Policy Manual: notes 2 and 3 cited together, "hard links,23". */
    @Test
    void twoNotesCitedTogetherAreBothMarked() {
        List<String> page = List.of(
                "The source package may not contain any hard links,23 device special files, sockets or setuid or setgid files.4",
                "• Removing files, directories or symlinks.5",
                "",
                "2 This is not currently detected when building source packages, but only when extracting them.",
                "3 Hard links may be permitted at some point in the future, but would require a fair amount of work.",
                "4 Setgid directories are allowed.",
                "5 Renaming a file is not treated specially - it is seen as the removal of the old file.");
        assertThat(new FootnoteExtractor().extract(page, 2).notes()).extracting(FootnoteBlock::label)
                .containsExactly("2", "3", "4", "5");
    }

    /** Page 85 of the Debian Policy Manual (Sphinx, debian-policy 4.6.2.0), after the page before lost its note 18. */
    @Test
    void aNoteMissedOnAnEarlierPageDoesNotHoldUpTheNextOnes() {
        List<String> page = List.of(
                "Each line of a symbols file describes one symbol of the library and the minimal version of the development package.19 For",
                "our example, the zlib1g symbols file would contain lines of this kind, one a symbol.",
                "The symbols files are kept in the package staging area and the symbols files in the source package.20",
                "",
                "19 This field should normally not be necessary, since if the behavior of any symbol has changed, the corresponding symbol minimal-version should",
                "have been increased.",
                "",
                "20 If you are using debhelper, dh_makeshlibs will take care of calling either dpkg-gensymbols or generating a shlibs file as appro-",
                "priate.");
        assertThat(new FootnoteExtractor().extract(page, 18).notes()).extracting(FootnoteBlock::label).containsExactly("19", "20");
        // Too far on, the numbers are something else than this document's notes.
        assertThat(new FootnoteExtractor().extract(page, 12).notes()).isEmpty();
    }

    @Test
    void aPageWithoutARuleKeepsAllItsLines() {
        List<String> page = List.of("At Renault, during the strikes ", "", "1975 was the year of the strike at Le Mans.");
        assertThat(new FootnoteExtractor().extract(page, 1).lines()).isEqualTo(page);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // pdfTeX sets the label glued to the note
        "Debian is not perfect4, and there will be new problems. | 4Remark on the bug tracker. | 1",
        // a superscript label and marker, as some DocBook PDFs come out
        "Debian is not perfect⁴, and there will be new problems. | ⁴See Debian Policy for the details. | 1",
        // an exit-status list at the foot of a man page: no marker 0 or 1 in the text
        "The command exits with one of these codes. | 1 The requested action failed. | 0",
        // a version is no marker: "dpkg1.19.1"
        "This page describes dpkg1.19.1 and later versions. | 1 The requested action failed. | 0",
    })
    void aNoteAtThePageFootNeedsItsMarkerInThePage(String text, String foot, int notes) {
        List<String> page = List.of("The first line of the page.", text, "", foot);
        PageBody body = new FootnoteExtractor().extract(page, notes == 1 ? 4 : 1);
        assertThat(body.notes()).hasSize(notes);
        if (notes == 1) {
            assertThat(body.notes().get(0).label()).isEqualTo("4");
            assertThat(body.notes().get(0).lines().get(0)).doesNotStartWith("4").doesNotStartWith("⁴");
        } else {
            assertThat(body.lines()).isEqualTo(page);
        }
    }

    @Test
    void notesRightBelowTheTextWithoutABlankLineAreFound() {
        List<String> page = List.of("Most new free software programs quickly find their way", "into the development version.2 If this",
                "requires too many updates, the program can be recompiled.", "The development process is constantly debated, but",
                "2 Remark two on the software library: the project", "", "documents this point in its own pages.");
        PageBody body = new FootnoteExtractor().extract(page, 2);
        assertThat(body.lines()).hasSize(4);
        assertThat(body.notes()).singleElement().satisfies(n -> assertThat(n.lines()).hasSize(3));
    }
}
