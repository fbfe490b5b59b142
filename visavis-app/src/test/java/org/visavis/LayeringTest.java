package org.visavis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/** Swing and AWT stay in org.visavis.ui; the core (model, edit, project, align, ...) never sees them. */
class LayeringTest {
    private final JavaClasses classes = MainClasses.ALL;

    @Test
    void onlyTheUiUsesSwingOrAwt() {
        noClasses().that().resideOutsideOfPackage("org.visavis.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..")
                .because("the editor depends on the core, never the other way (STYLE.md)")
                .check(classes);
    }

    @Test
    void theEditingOperationsDoNotDependOnTheUi() {
        noClasses().that().resideInAnyPackage("org.visavis.edit..", "org.visavis.project..", "org.visavis.model..")
                .should().dependOnClassesThat().resideInAPackage("org.visavis.ui..")
                .check(classes);
    }
}
