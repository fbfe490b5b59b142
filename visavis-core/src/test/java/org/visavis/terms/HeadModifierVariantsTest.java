package org.visavis.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.model.Language;

/** Sentences of corpora/self-organisation/en.txt against the rendering its note 1 declares. */
class HeadModifierVariantsTest {
    static final String NOTE_1 = "Les luttes revendicatives, which we have rendered throughout as “struggles over "
            + "immediate demands”, could mean depending on context struggles over wages and conditions, or for the "
            + "defence of jobs, or other “everyday” struggles of the proletariat.";
    private static final HeadModifierVariants VARIANTS = HeadModifierVariants.of(
            Term.of("struggles over immediate demands"), NOTE_1, LanguageKnowledge.tagger(Language.of("en")),
            RenderingDeclarations.HeadPosition.LAST, Set.of("of"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "All this has only one function, to fail to recognise the leap, the negation, the rupture and to avoid critiquing wage struggles. | wage struggles",
        "Within struggles over wages, they don’t see the appearance of ‘power’ or ‘project’. | struggles over wages",
        "To assume that any struggle about wages contains a revolt against wage-labour is to assume that these two elements exist one inside the other. | struggle about wages",
        "A struggle over wages and conditions can pass from the level of conflict to that of contradiction. | struggle over wages and conditions",
        "We see as an extremely positive sign that the characteristics of the new cycle of struggles are given to us in the course of ordinary everyday struggles. | ordinary everyday struggles",
    })
    void rendersTheConceptOtherwise(String sentence, String variant) {
        assertThat(VARIANTS.find(sentence)).extracting(TermOccurrence::surface).containsExactly(variant);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "It supposes that struggles over immediate demands are stepping stones to the revolution.",
        "To carry on the struggle over immediate demands intransigently and to the very end cannot be achieved by unions.",
        "Struggles over immediate demands/revolution",
        "The decline and lost meaning of autonomy are not a simple product of the retreat of class struggles.",
        "At Melfi, the struggle of the workers went beyond the framework of the unions.",
        "It is the de-essentialisation of labour which becomes the activity of the proletariat, both in a tragic manner in its struggles without immediate perspectives (suicidal struggles) and in its self-destructive activities.",
        "This extreme diversity is perhaps a condition of the articulation of these immediate struggles.",
        "Rapidly the workers go beyond this framework and add to these demands the organisation of the struggle.",
        "In each of its struggles, the proletariat sees how its existence as a class is objectified.",
    })
    void doesNotFire(String sentence) {
        assertThat(VARIANTS.find(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "struggle | demand, wage, condition, everyday",
    })
    void learnsItsKeyModifiersFromTheRenderingAndTheNote(String head, String keys) {
        assertThat(VARIANTS.head()).isEqualTo(head);
        assertThat(VARIANTS.keys()).containsExactlyInAnyOrderElementsOf(List.of(keys.split(",\\s*")));
    }

    /** French: the head comes first ("luttes revendicatives"), modifiers after it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Les luttes salariales ne sont pas la révolution. | ",
        "Les luttes revendicatives ne sont pas la révolution. | ",
        "Ce sont des luttes pour les salaires et les conditions de travail. | luttes pour les salaires et les conditions de travail",
    })
    void french(String sentence, String variant) {
        HeadModifierVariants fr = HeadModifierVariants.of(Term.of("luttes revendicatives"),
                "Nous traduisons struggles over wages and conditions par « luttes revendicatives », ou luttes pour les salaires.",
                LanguageKnowledge.tagger(Language.of("fr")), RenderingDeclarations.HeadPosition.FIRST,
                Set.of("de", "du"));
        List<String> found = fr.find(sentence).stream().map(TermOccurrence::surface).toList();
        if (variant == null) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).containsExactly(variant);
        }
    }
}
