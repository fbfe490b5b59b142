package org.visavis.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.lang.Tagger;
import org.visavis.model.Language;

/**
 * Sentences of the Debian Administrator's Handbook (corpora/debian-handbook, fr-FR and en-US, in
 * book order): "société" is a company in the sections on commercial distributions and on the LTS
 * sponsors, society in the social contract's section.
 */
class OccurrenceContextTest {
    private static final Tagger FR = LanguageKnowledge.tagger(Language.of("fr"));
    private static final Tagger EN = LanguageKnowledge.tagger(Language.of("en"));
    private static final NounPhraseExtractor EXTRACTOR = new NounPhraseExtractor();

    private static final String[][] PAIRS = {
        {"La plupart des distributions Linux sont adossées à une entreprise commerciale qui les développe et les commercialise.",
            "Most Linux distributions are backed by a for-profit company that develops them and sells them under some kind of commercial scheme."},
        {"C'est par exemple le cas d'Ubuntu, développée principalement par la société Canonical Ltd.",
            "Examples include Ubuntu, mainly developed by Canonical Ltd."},
        {"Mais aussi de Red Hat Enterprise Linux, réalisée par la société Red Hat, Inc.",
            "Red Hat Enterprise Linux, by Red Hat, Inc."},
        {"L'engagement vis-à-vis des utilisateurs. On trouve aussi un « contrat social ».",
            "The Commitment towards Users. The project also has a “social contract”."},
        {"Quelle est la place d'un tel texte dans un projet ne visant qu'à concevoir un système d'exploitation ?",
            "What place does such a text have in a project only intended for the development of an operating system?"},
        {"C'est très simple, Debian œuvre pour ses utilisateurs et, par extension, pour la société.",
            "It is quite simple: Debian works for its users, and thus, by extension, for society."},
        {"Ce contrat résume donc les engagements pris.",
            "This contract summarizes the commitments that the project undertakes."},
        {"Le support à long terme (Long Term Support, LTS) des versions de Debian est une initiative récente : des "
            + "contributeurs individuels et des sociétés joignent leurs forces pour créer l'équipe Debian LTS.",
            "This Long Term Support (LTS) of Debian releases is a recent initiative: individual contributors and "
            + "companies joined forces to create the Debian LTS team."},
        {"Pour que ce projet prenne vie, il a donc fallu compter sur le fait que le support à long terme est "
            + "particulièrement important pour les sociétés, et qu'elles seraient d'accord pour mutualiser le coût de ce support de sécurité.",
            "To bring this project to life, the project counted on the fact that long term support was particularly "
            + "relevant for companies and that they would be willing to mutualize the cost of this security support."},
        {"La plupart des contributeurs Debian qui se sont impliqués dans le projet LTS se sont rejoints pour mettre en "
            + "place une offre de financement claire gérée par Freexian (la société de Raphaël Hertzog).",
            "Most Debian contributors willing to be paid to work on LTS got together to create a clear sponsorship "
            + "offer managed by Freexian (Raphaël Hertzog's company)."},
        {"Le projet est toujours à la recherche de nouveaux parrains : Et si c'était votre société ?",
            "The project is still looking for new sponsors: what about your company?"},
        {"Pouvez-vous allouer un petit budget pour le support de sécurité ?",
            "Can you allocate a small budget for security support?"},
    };
    private static final List<Integer> COMPANY = List.of(1, 2, 7, 8, 9, 10);
    private static final int SOCIETY = 5;

    private static List<OrientedUnit> units() {
        List<OrientedUnit> units = new ArrayList<>();
        for (int k = 0; k < PAIRS.length; k++) {
            units.add(new OrientedUnit(k, 1.0, false, UnitSide.of(FR.tag(PAIRS[k][0]), PAIRS[k][0], EXTRACTOR),
                    UnitSide.of(EN.tag(PAIRS[k][1]), PAIRS[k][1], EXTRACTOR), List.of()));
        }
        return units;
    }

    @Test
    void theSocietyOfTheSocialContractIsUsedInAnotherContextThanTheCompanies() {
        OccurrenceContext contexts = OccurrenceContext.of(units());
        OccurrenceContext.Usual companies = contexts.usual(COMPANY, Set.of("société"));
        OccurrenceContext.Typicality society = companies.typicality(SOCIETY);
        assertThat(society.atypical()).as(society.toString()).isTrue();
        assertThat(society.similarity()).isLessThan(society.usualMedian());
    }

    @Test
    void aCompanyAmongTheCompaniesIsTypicalOfThem() {
        OccurrenceContext contexts = OccurrenceContext.of(units());
        List<Integer> others = COMPANY.stream().filter(u -> u != 8).toList();
        OccurrenceContext.Typicality sponsors = contexts.usual(others, Set.of("société")).typicality(8);
        assertThat(sponsors.atypical()).as(sponsors.toString()).isFalse();
    }

    @Test
    void theTermsOwnWordIsLeftOutOfItsContext() {
        OccurrenceContext contexts = OccurrenceContext.of(units());
        assertThat(contexts.vector(SOCIETY, Set.of("société"))).doesNotContainKey("société").containsKey("utilisateur");
        assertThat(contexts.vector(SOCIETY, Set.of())).containsKey("société");
    }

    @Test
    void findsTheBeadsThatWriteARenderingOutsideTheTermsOwn() {
        OccurrenceContext contexts = OccurrenceContext.of(units());
        assertThat(contexts.unitsWriting("companies", Set.of())).contains(7, 8).doesNotContain(5);
        assertThat(contexts.unitsWriting("company", Set.of(0))).contains(9, 10).doesNotContain(0);
        assertThat(contexts.unitsWriting("of", Set.of())).isEmpty();
    }
}
