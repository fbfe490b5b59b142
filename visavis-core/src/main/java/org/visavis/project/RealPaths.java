package org.visavis.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Real paths (links resolved) of paths that may not exist yet: the nearest existing folder is resolved. */
final class RealPaths {
    private RealPaths() {
    }

    /** {@code p} with every link in its existing part resolved; the part that does not exist yet is appended as is. */
    static Path of(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs; // a dangling link: nothing real is there to protect
        }
    }
}
