package org.visavis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

/** LanguageTool stays behind the adapters of org.visavis.languagetool (module visavis-lang-languagetool) (STYLE.md: one small adapter per library). */
class LanguageToolBoundaryTest {

    @Test
    void onlyTheLanguageAdaptersUseLanguageTool() {
        noClasses().that().resideOutsideOfPackage("org.visavis.languagetool..")
                .should().dependOnClassesThat().resideInAPackage("org.languagetool..")
                .because("terms and checks see tokens, lemmas and proofreading matches, not LanguageTool's types")
                .check(MainClasses.ALL);
    }
}
