package org.visavis;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * The main classes of every module, as the architecture tests see them: from the modules'
 * target/classes folders or their jars, without test classes (neither test-classes folders nor
 * the core's test jar, which ArchUnit's own DO_NOT_INCLUDE_TESTS does not recognise).
 */
final class MainClasses {
    private static final ImportOption NO_TESTS = (Location location) ->
            !location.contains("/test-classes/") && !location.contains("-tests.jar");

    static final JavaClasses ALL = new ClassFileImporter().withImportOption(NO_TESTS).importPackages("org.visavis");

    private MainClasses() {
    }
}
