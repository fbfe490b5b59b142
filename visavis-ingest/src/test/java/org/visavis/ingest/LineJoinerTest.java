package org.visavis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineJoinerTest {

    /** The measure of corpora/self-organisation/en.txt, where these lines come from. */
    private static final int WIDTH = 125;

    private static List<String> join(String text, int lineGap) {
        HyphenationRepair repair = new HyphenationRepair(DocumentVocabulary.of(List.of()), Optional.empty());
        List<String> lines = Arrays.asList(text.split("\\|", -1));
        return new LineJoiner(lineGap, WIDTH, repair).join(lines).stream().map(JoinedParagraph::text).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        // wrapped lines of one paragraph, double-spaced as the extractor left them
        "wrapped lines; 1; 1; "
            + "that the communist revolution is his liberation, i.e. the liberation of productive labour. It supposes that struggles over ||"
            + "immediate demands are stepping stones to the revolution, and that capital reproduces and confirms a workers’ identity ||"
            + "within the relation of exploitation. All this has lost any foundation. ",
        // a short line that ends a sentence ends the paragraph
        "paragraph end; 1; 2; "
            + "within the relation of exploitation. All this has lost any foundation. ||"
            + "In fact it is just the opposite: in each of its struggles, the proletariat sees how its existence as a class is ",
        // a page break: no blank line, the next page's one-space indent
        "page break; 1; 1; "
            + "office in Britain or the ports of the West coast of the US, the autonomous struggle of workers becomes indistinguishable |"
            + " in its content to the defence of the large union institutions, not for reasons of the temporary utilisation of unions by ",
        // a short line ending a clause, and the next one in lower case: same paragraph
        "lower-case continuation; 1; 1; "
            + "In the radical democratic perspective the evolution of labour time ought to bring emancipation in leisure time; ||"
            + "benefits for all ought to become a progressive transition to an activity beneficial to the individual and to society, that is ",
        // a heading set on two lines
        "two-line heading; 1; 1; "
            + " Activities which produce the objectivisation of the existence and unity ||"
            + "of the class ",
        // a wider gap than between lines: a paragraph break even after a full line
        "wider gap; 1; 3; "
            + "clear and easily identifiable, it is self-organisation and autonomy. || ||"
            + "The bitter victory of autonomy || ||"
            + "Self-organisation everywhere, revolution nowhere ",
        // single-spaced text: a blank line separates paragraphs
        "single-spaced; 0; 2; "
            + "The root account is also called superuser or privileged user. From this account, you can perform the following system adminis-|"
            + "tration tasks.||"
            + "This unlimited power of root account requires you to be considerate and responsible when using it.",
        // a list bullet starts a paragraph
        "bullet; 0; 3; "
            + "The root account is also called superuser or privileged user. From this account, you can perform the following tasks.|"
            + "• Read, write, and remove any files on the system irrespective of their file permissions|"
            + "• Set file ownership and permissions of any files on the system",
        // a bullet after a full line (pdftotext joins the lines of a paragraph itself)
        "bullet after a full line; 0; 2; "
            + "The root account is also called superuser or privileged user. From this account, you can perform the following system administration tasks.|"
            + "• Read, write, and remove any files on the system irrespective of their file permissions",
        // items of a dash list extracted as one PDF paragraph (Debian Reference, French)
        "dash list; 0; 2; "
            + "— Défini l’appartenance et les permissions de n’importe quel fichier du système|"
            + "— définir le mot de passe de n’importe quel utilisateur non-privilégié du système ;",
        // a numbered list likewise
        "numbered list; 0; 3; "
            + "1. Choose packages listed on the command line|"
            + "2. Make package dependency resolution|"
            + "3. Fetch selected binary packages from remote archive",
        // a dash in running prose, at a line start: same paragraph
        "dash in prose; 1; 1; "
            + "France, in the struggles of the sans-papiers, of Cellatex, Alstom, Lu, of Marks & Spencer, the specific characteristic of the struggle appears||"
            + "– in the course of the struggle itself – as the characteristic (whether it is the public sector, ",
        // a full line ending with a full stop does not end the paragraph: the next word did not fit
        "full line with a full stop; 1; 1; "
            + "meaning”: the overgrowth2 between the self-organisation of the struggle and workers’ control of production and society. ||"
            + "Self-organisation is nothing other than a radical form of syndicalism. Any struggle over immediate demands of any ",
    })
    void findsParagraphs(String name, int lineGap, int paragraphs, String text) {
        assertThat(join(text, lineGap)).hasSize(paragraphs);
    }

    @Test
    void joinsWrappedLinesWithOneSpaceAndRepairsHyphens() {
        assertThat(join("The root account is also called superuser or privileged user. From this account, you can perform the following system adminis-|"
                + "tration tasks.", 0))
                .containsExactly("The root account is also called superuser or privileged user. From this account, "
                        + "you can perform the following system administration tasks.");
    }

    @Test
    void reportsWhichLinesEachParagraphSpans() {
        HyphenationRepair repair = new HyphenationRepair(DocumentVocabulary.of(List.of()), Optional.empty());
        List<JoinedParagraph> joined = new LineJoiner(0, WIDTH, repair).join(List.of("First paragraph, one line.", "",
                "Second paragraph", "on two lines."));
        assertThat(joined).extracting(JoinedParagraph::firstLine, JoinedParagraph::lastLine)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 0), org.assertj.core.groups.Tuple.tuple(2, 3));
    }

    @Test
    void measuresTheLineWidthOfTheSelfOrganisationText() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("corpora/self-organisation/en.txt"));
        assertThat(LineJoiner.measure(lines)).isBetween(115, 135);
    }
}
