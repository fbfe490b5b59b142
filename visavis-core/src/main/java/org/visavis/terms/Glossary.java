package org.visavis.terms;

import java.util.List;
import java.util.Objects;
import org.visavis.model.Language;

/**
 * Terms of a source language and their renderings in a target language, e.g. French→English
 * {@code new Glossary(Language.of("fr"), Language.of("en"), List.of(entry))}. Read and written by
 * {@link TbxGlossaryFormat} and {@link DelimitedGlossaryFormat}.
 */
public record Glossary(Language source, Language target, List<GlossaryEntry> entries) {
    public Glossary {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        entries = List.copyOf(entries);
    }

    /**
     * Throws TermsException when the glossary's languages are not the project's ({@code name}
     * names the glossary file in the message).
     */
    public void requireLanguages(Language projectSource, Language projectTarget, String name) {
        if (!source.sameLanguageAs(projectSource) || !target.sameLanguageAs(projectTarget)) {
            boolean swapped = source.sameLanguageAs(projectTarget) && target.sameLanguageAs(projectSource);
            throw new TermsException(name + ": the glossary is " + source.code() + "→" + target.code()
                    + " but the project is " + projectSource.code() + "→" + projectTarget.code()
                    + (swapped ? " (the glossary goes the other way: its columns or languages are swapped)" : ""));
        }
    }
}
