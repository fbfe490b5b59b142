package org.visavis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.model.Note;
import org.visavis.model.Paragraph;

class NoteMarkerRemoverTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "It supposes that struggles over immediate demands1 are stepping stones | 1 | It supposes that struggles over immediate demands are stepping stones",
        "self-organisation loses its “revolutionary meaning”: the overgrowth2 between the self-organisation | 2 | self-organisation loses its “revolutionary meaning”: the overgrowth between the self-organisation",
        "the attempt to contest this agreement by Cobas3 fails. | 3 | the attempt to contest this agreement by Cobas fails.",
        "new 19/20.” (a militant from MTD Allen4 – south of Argentina) | 4 | new 19/20.” (a militant from MTD Allen – south of Argentina)",
        "the stockpiling and “stint or limit”5 in the social relation | 5 | the stockpiling and “stint or limit” in the social relation",
        "and will find its Noske and Scheidemann amongst the self-organised.6 The crises | 6 | and will find its Noske and Scheidemann amongst the self-organised. The crises",
        "struggles over immediate demands¹ are stepping stones | 1 | struggles over immediate demands are stepping stones",
        // numbers that are no markers stay
        "this current no longer represents anything at all.” (Échanges, no.99, p23) | 23 | this current no longer represents anything at all.” (Échanges, no.99, p23)",
        "let’s not bet on a new 19/20.” | 20 | let’s not bet on a new 19/20.”",
        "at 40% is double the national average for Renault | 40 | at 40% is double the national average for Renault",
    })
    void takesTheMarkerOutOfTheText(String text, String label, String expected) {
        List<Paragraph> result = new NoteMarkerRemover().attach(List.of(Paragraph.body(text)),
                List.of(new PlacedNote(new Note(label, "the note"), 0, 0)));
        assertThat(result.get(0).text()).isEqualTo(expected);
        assertThat(result.get(0).notes()).extracting(Note::label).containsExactly(label);
    }

    /** The Debian Policy Manual (Sphinx PDF): two notes cited at one place, a marker after a number's point. */
    @Test
    void twoMarkersSetTogetherAndAMarkerAfterANumbersPointLeaveTheText() {
        List<Paragraph> paragraphs = List.of(
                Paragraph.body("The source package may not contain any hard links,23 device special files, sockets or setuid or setgid files.4"),
                Paragraph.body("In our example, this is libz.so.1.17"),
                Paragraph.body("Packages must use version 1.17 of the format."));
        List<Paragraph> result = new NoteMarkerRemover().attach(paragraphs, List.of(
                new PlacedNote(new Note("2", "This is not currently detected."), 0, 0),
                new PlacedNote(new Note("3", "Hard links may be permitted."), 0, 0),
                new PlacedNote(new Note("4", "Setgid directories are allowed."), 0, 0),
                new PlacedNote(new Note("17", "This can be determined by using the command"), 1, 1)));
        assertThat(result.get(0).text()).isEqualTo(
                "The source package may not contain any hard links, device special files, sockets or setuid or setgid files.");
        assertThat(result.get(0).notes()).extracting(Note::label).containsExactly("2", "3", "4");
        assertThat(result.get(1).text()).isEqualTo("In our example, this is libz.so.1.");
        assertThat(result.get(1).notes()).extracting(Note::label).containsExactly("17");
        // beyond the note's page, a version number stays whole
        assertThat(result.get(2).text()).isEqualTo("Packages must use version 1.17 of the format.");
    }

    @Test
    void attachesEachNoteToTheParagraphOfItsMarkerInOrder() {
        List<Paragraph> paragraphs = List.of(
                Paragraph.body("It supposes that struggles over immediate demands1 are stepping stones to the revolution."),
                Paragraph.heading("The bitter victory of autonomy"),
                Paragraph.body("self-organisation loses its meaning: the overgrowth2 between the self-organisation and the Cobas3."));
        List<PlacedNote> notes = List.of(
                new PlacedNote(new Note("1", "Les luttes revendicatives"), 0, 0),
                new PlacedNote(new Note("2", "Transcroissance or overgrowth"), 0, 2),
                new PlacedNote(new Note("3", "Cobas is an Italian base union."), 0, 2));
        List<Paragraph> result = new NoteMarkerRemover().attach(paragraphs, notes);
        assertThat(result.get(0).notes()).extracting(Note::label).containsExactly("1");
        assertThat(result.get(1).notes()).isEmpty();
        assertThat(result.get(2).notes()).extracting(Note::label).containsExactly("2", "3");
        assertThat(result.get(2).text()).doesNotContainPattern("[0-9]");
        assertThat(result.get(1).isHeading()).isTrue();
    }

    @Test
    void aMarkerIsNotSoughtPastThePageOfItsNote() {
        List<Paragraph> paragraphs = List.of(
                Paragraph.body("The defence and valorisation of autonomy becomes an end in itself."),
                Paragraph.body("and the strike at Cobas1 of the same year."));
        List<Paragraph> result = new NoteMarkerRemover().attach(paragraphs,
                List.of(new PlacedNote(new Note("1", "Cobas is an Italian base union."), 0, 0)));
        assertThat(result.get(0).notes()).extracting(Note::label).containsExactly("1");
        assertThat(result.get(1).text()).isEqualTo("and the strike at Cobas1 of the same year.");
    }
}
