package org.visavis.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest (falls back to "dev" when run from classes). */
final class VersionProvider implements IVersionProvider {
    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"visavis " + version()};
    }
}
