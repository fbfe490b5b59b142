package org.visavis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/**
 * The layers of docs/ARCHITECTURE.md ("Modules"), over the classes of every module (this is the
 * top module, so all of them are on its class path): the core and the model know no user
 * interface, document parser, language library or command-line library; nothing below the
 * editor and the command line uses them; and no two packages depend on each other.
 */
class ModuleLayersTest {
    /** The packages of visavis-model and visavis-core. */
    static final String[] CORE = {"org.visavis.model..", "org.visavis.lang..", "org.visavis.edit..",
            "org.visavis.segment..", "org.visavis.align..", "org.visavis.wordalign..", "org.visavis.terms..",
            "org.visavis.checks..", "org.visavis.termbench..", "org.visavis.project..", "org.visavis.export..",
            "org.visavis.imports..", "org.visavis.eval..", "org.visavis.pipeline.."};

    private static final JavaClasses CLASSES = MainClasses.ALL;

    @Test
    void theCoreUsesNoUserInterfaceParserLanguageOrCommandLineLibrary() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..", "com.formdev..",
                        "org.apache.tika..", "org.languagetool..", "morfologik..", "picocli..")
                .because("visavis-core and visavis-model depend on no such library (their poms do not list one)")
                .check(CLASSES);
    }

    @Test
    void theCoreReachesIngestAndLanguageModulesOnlyThroughItsInterfaces() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("org.visavis.ingest..", "org.visavis.languagetool..")
                .because("DocumentReader, LanguageDetector and LanguageModule are found through ServiceLoader")
                .check(CLASSES);
    }

    @Test
    void theEditorIsUsedOnlyByTheCommandLine() {
        noClasses().that().resideOutsideOfPackages("org.visavis.ui..", "org.visavis.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.visavis.ui..")
                .check(CLASSES);
    }

    @Test
    void theCommandLineIsOnTop() {
        noClasses().that().resideOutsideOfPackage("org.visavis.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.visavis.cli..")
                .check(CLASSES);
    }

    @Test
    void theLanguageModulesAndIngestKnowNeitherTheEditorNorTheCommandLine() {
        // ingest sits on the core and may use it (e.g. project.ElementCursor); languagetool's module
        // depends on visavis-model alone, which Maven already enforces
        noClasses().that().resideInAnyPackage("org.visavis.languagetool..", "org.visavis.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("org.visavis.ui..", "org.visavis.cli..")
                .check(CLASSES);
    }

    @Test
    void noPackagesDependOnEachOther() {
        slices().matching("org.visavis.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
