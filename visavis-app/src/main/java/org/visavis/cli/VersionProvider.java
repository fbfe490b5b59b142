package org.visavis.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version Maven wrote into {@code version.properties} (the same from the jar and from the
 * compiled classes the launcher runs); "dev" only when the resource was not built.
 */
final class VersionProvider implements IVersionProvider {
    static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the version resource", e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"visavis " + version()};
    }
}
