package org.visavis.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.Language;
import org.visavis.project.AtomicFiles;
import org.visavis.project.ProjectException;

/**
 * Writes an alignment as a TMX 1.4 translation memory: one {@code <tu>} per bead, the sentences
 * of a side joined by single spaces, the bead type, confidence and review status as {@code x-}
 * properties; a bead of code blocks (commands, listings, their line breaks kept) also has
 * {@code <prop type="x-kind">code</prop>}. Inline codes (formatting read from DOCX and HTML) are
 * written as TMX inline elements, paired across the two sides ({@link TmxInlineCodes}).
 * Characters XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE,
 * U+FFFF) are dropped; carriage returns are written as character references so they survive.
 *
 * <pre>{@code
 * new TmxWriter(TmxOptions.of(Language.parse("fr-FR"), Language.parse("en-GB"), "0.1.0"))
 *         .write(alignment, Path.of("alignments/demo/demo.tmx"));
 * }</pre>
 *
 * gives
 *
 * <pre>{@code
 * <tu>
 *   <prop type="x-bead">1-1</prop>
 *   <prop type="x-confidence">0.93</prop>
 *   <prop type="x-status">auto</prop>
 *   <tuv xml:lang="fr-FR"><seg>Debian est libre.</seg></tuv>
 *   <tuv xml:lang="en-GB"><seg>Debian is free.</seg></tuv>
 * </tu>
 * }</pre>
 */
public final class TmxWriter {

    private static final String NL = "\n";

    /** How inline codes are written. */
    public enum Codes {
        /** TMX 1.4 inline elements ({@code <bpt>}, {@code <ept>}, {@code <it>}, {@code <ph>}), for every CAT tool. */
        TMX_ELEMENTS,
        /**
         * OmegaT's own tags as text ({@code <t0/>}, {@code <s1>..</s1>}), as OmegaT shows the
         * original in its segments, for the memory of an OmegaT project ({@link OmegatTags}).
         */
        OMEGAT_TAGS
    }

    private final TmxOptions options;
    private final Codes codes;

    public TmxWriter(TmxOptions options) {
        this(options, Codes.TMX_ELEMENTS);
    }

    public TmxWriter(TmxOptions options, Codes codes) {
        this.options = options;
        this.codes = codes;
    }

    /** Writes to a file in UTF-8 without BOM, atomically (temp file, fsync, rename) so no half-written TMX is left. */
    public void write(Alignment alignment, Path file) {
        write(alignment, alignment.beads(), file);
    }

    /**
     * Writes only the given beads of the alignment (those a {@link TmxUnitFilter} kept), to a file
     * as {@link #write(Alignment, Path)} does.
     */
    public void write(Alignment alignment, List<Bead> units, Path file) {
        checkLanguages(alignment); // before any file is opened
        try {
            AtomicFiles.write(file, out -> writeTmx(alignment, units, out), AtomicFiles.BackupPolicy.NO_BAK);
        } catch (ProjectException e) {
            // an export failure is the export stage's error, whoever did the writing
            throw new ExportException(e.getMessage(), e);
        }
    }

    /** Writes to any writer; the caller owns it (it is flushed, not closed) and its encoding must be UTF-8. */
    public void write(Alignment alignment, Writer out) {
        write(alignment, alignment.beads(), out);
    }

    /** Writes only the given beads of the alignment to any writer, as {@link #write(Alignment, Writer)} does. */
    public void write(Alignment alignment, List<Bead> units, Writer out) {
        checkLanguages(alignment);
        try {
            writeTmx(alignment, units, out);
            out.flush();
        } catch (IOException e) {
            throw new ExportException("TMX: cannot write (" + e.getMessage() + ")", e);
        }
    }

    private void writeTmx(Alignment alignment, List<Bead> units, Writer out) throws IOException {
        String src = options.sourceLang().tag();
        String tgt = options.targetLang().tag();
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + NL);
        out.write("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">" + NL);
        out.write("<tmx version=\"1.4\">" + NL);
        out.write("  <header creationtool=\"visavis\" creationtoolversion=\"" + attribute(options.toolVersion())
                + "\" segtype=\"sentence\" o-tmf=\"visavis\" adminlang=\"en\" srclang=\"" + attribute(src)
                + "\" datatype=\"plaintext\"/>" + NL);
        out.write("  <body>" + NL);
        Optional<OmegatTags> omegat = codes == Codes.OMEGAT_TAGS ? OmegatTags.forAlignment(alignment) : Optional.empty();
        for (Bead bead : units) {
            TmxInlineCodes.Sides sides = omegat.isPresent() ? omegat.get().write(bead)
                    : codes == Codes.OMEGAT_TAGS ? new TmxInlineCodes.Sides(text(alignment.sourceText(bead)), text(alignment.targetText(bead)))
                    : TmxInlineCodes.write(alignment.sourceCoded(bead), alignment.targetCoded(bead));
            String source = text(alignment.sourceText(bead)).isEmpty() ? "" : sides.source();
            String target = text(alignment.targetText(bead)).isEmpty() ? "" : sides.target();
            boolean oneSided = source.isEmpty() || target.isEmpty();
            if ((source.isEmpty() && target.isEmpty()) || (oneSided && options.oneSided() == OneSidedBeads.LEAVE_OUT)) {
                continue;
            }
            out.write("    <tu>" + NL);
            out.write("      <prop type=\"x-bead\">" + bead.shape() + "</prop>" + NL);
            out.write("      <prop type=\"x-confidence\">" + String.format(Locale.ROOT, "%.2f", bead.confidence())
                    + "</prop>" + NL);
            out.write("      <prop type=\"x-status\">" + bead.status().word() + "</prop>" + NL);
            if (alignment.isCode(bead)) {
                out.write("      <prop type=\"x-kind\">code</prop>" + NL);
            }
            // A missing side gets no <tuv> rather than an empty <seg>: CAT tools would take an
            // empty segment for an empty translation.
            if (!source.isEmpty()) {
                out.write("      <tuv xml:lang=\"" + attribute(src) + "\"><seg>" + source + "</seg></tuv>" + NL);
            }
            if (!target.isEmpty()) {
                out.write("      <tuv xml:lang=\"" + attribute(tgt) + "\"><seg>" + target + "</seg></tuv>" + NL);
            }
            out.write("    </tu>" + NL);
        }
        out.write("  </body>" + NL);
        out.write("</tmx>" + NL);
    }

    private void checkLanguages(Alignment alignment) {
        checkLanguage("source", options.sourceLang(), alignment.source().language());
        checkLanguage("target", options.targetLang(), alignment.target().language());
    }

    private static void checkLanguage(String side, Language chosen, Language document) {
        if (!chosen.sameLanguageAs(document)) {
            throw new ExportException("TMX: the " + side + " language " + chosen.tag() + " does not match the "
                    + side + " document's language " + document.tag());
        }
    }

    /** Element content: forbidden characters dropped, markup escaped. */
    static String text(String s) {
        return escape(s, false);
    }

    static String attribute(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean inAttribute) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
                continue;
            }
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(inAttribute ? "&quot;" : "\"");
                // parsers turn a literal CR into LF; a reference keeps it
                case '\r' -> sb.append("&#13;");
                case '\t', '\n' -> sb.append(inAttribute ? "&#" + (int) c + ";" : String.valueOf(c));
                default -> {
                    if (isAllowed(c)) {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /**
     * XML 1.0 forbids C0 controls, lone surrogates, U+FFFE and U+FFFF; DEL and the C1 controls are
     * allowed but never text (extraction debris, mis-decoded Windows-1252), and XML 1.1 and
     * several TMX readers reject them, so they go too.
     */
    private static boolean isAllowed(char c) {
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return false;
        }
        if (Character.isSurrogate(c)) {
            return false;
        }
        return c != '\uFFFE' && c != '\uFFFF';
    }
}
