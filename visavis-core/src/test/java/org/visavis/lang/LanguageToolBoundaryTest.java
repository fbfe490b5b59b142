package org.visavis.lang;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** LanguageTool stays behind the adapters of org.visavis.lang (STYLE.md: one small adapter per library). */
class LanguageToolBoundaryTest {

    @Test
    void onlyTheLanguageAdaptersUseLanguageTool() {
        noClasses().that().resideOutsideOfPackage("org.visavis.lang..")
                .should().dependOnClassesThat().resideInAPackage("org.languagetool..")
                .because("terms and checks see tokens, lemmas and proofreading matches, not LanguageTool's types")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                        .importPackages("org.visavis"));
    }
}
