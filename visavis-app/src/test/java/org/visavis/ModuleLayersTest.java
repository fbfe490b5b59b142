package org.visavis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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

    /** Where the classes of visavis-core and visavis-model come from: the modules' classes folders, or their jars. */
    private static final Pattern CORE_MODULES = Pattern.compile("/visavis-(core|model)(/target/classes/|-[^/]*\\.jar!)");

    @Test
    void theRulesListEveryPackageOfTheCoreModules() {
        // a package added to visavis-core or visavis-model without its line in CORE would escape the rules below
        Set<String> packages = CLASSES.stream()
                .filter(c -> c.getSource().filter(s -> CORE_MODULES.matcher(s.getUri().toString()).find()).isPresent())
                .map(JavaClass::getPackageName)
                .map(p -> p.replaceFirst("^(org\\.visavis\\.[^.]+).*", "$1"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> listed = Arrays.stream(CORE).map(p -> p.substring(0, p.length() - 2))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(packages).isEqualTo(listed);
    }

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
