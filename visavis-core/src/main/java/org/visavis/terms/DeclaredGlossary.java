package org.visavis.terms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.visavis.model.Language;

/**
 * A glossary with the renderings a translation declares added to it: a declared term the glossary
 * already has keeps the glossary's entry (the glossary is the project's deliberate choice); any
 * other becomes an entry whose note says where it was declared ("declared in note 1 / sentence 5"),
 * so the glossary checks (term-missing) hold the translation to it.
 *
 * <pre>{@code
 * Glossary g = DeclaredGlossary.with(Optional.empty(), declared, Language.of("fr"), Language.of("en"));
 * }</pre>
 */
public final class DeclaredGlossary {
    private DeclaredGlossary() {
    }

    public static Glossary with(Optional<Glossary> glossary, List<DeclaredRendering> declared, Language source,
                                Language target) {
        return with(glossary, declared, source, target, DeclaredRendering::origin);
    }

    /** The same, each entry's note the origin as the reader numbers it (a project: its beads). */
    public static Glossary with(Optional<Glossary> glossary, List<DeclaredRendering> declared, Language source,
                                Language target, java.util.function.Function<DeclaredRendering, String> origin) {
        List<GlossaryEntry> entries = new ArrayList<>(glossary.map(Glossary::entries).orElse(List.of()));
        for (DeclaredRendering d : declared) {
            boolean known = entries.stream().anyMatch(e -> e.source().text().equalsIgnoreCase(d.source().text()));
            if (!known) {
                entries.add(d.asEntry(origin.apply(d)));
            }
        }
        return glossary.map(g -> new Glossary(g.source(), g.target(), entries))
                .orElseGet(() -> new Glossary(source, target, entries));
    }

    /** How the note of a declared entry begins: "declared in ". */
    public static final String ORIGIN_PREFIX = DeclaredRendering.ORIGIN_PREFIX;

    /** True when an entry came from a declaration in the text rather than from a glossary file. */
    public static boolean isDeclared(GlossaryEntry entry) {
        return entry.note().startsWith(DeclaredRendering.ORIGIN_PREFIX);
    }
}
