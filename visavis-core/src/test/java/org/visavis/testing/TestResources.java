package org.visavis.testing;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test data on the test class path, as files: a test finds its fixtures wherever its module is,
 * instead of by a path relative to the folder Maven runs it in.
 *
 * <pre>{@code
 * Path fixtures = TestResources.folder("/org/visavis/ingest");
 * }</pre>
 */
public final class TestResources {

    private TestResources() {
    }

    /** The folder (or file) {@code name} on the class path; fails naming it when it is not there. */
    public static Path folder(String name) {
        URL url = TestResources.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException(name + ": not on the test class path");
        }
        try {
            Path path = Path.of(url.toURI());
            if (!Files.exists(path)) {
                throw new IllegalStateException(name + ": " + path + " does not exist");
            }
            return path;
        } catch (URISyntaxException | java.nio.file.FileSystemNotFoundException e) {
            throw new IllegalStateException(name + ": not a file on the class path (" + url + ")", e);
        }
    }
}
