package org.visavis.terms;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.visavis.model.Language;

/**
 * Glossaries as tab- or comma-separated text, one entry a line, after a header naming the
 * languages of the first two columns. Several terms in a cell are separated by {@code |};
 * {@code case} is {@code sensitive} when the entry's terms match only as written. Lines starting
 * with {@code #} are comments. CSV follows RFC 4180 (quotes around cells holding commas).
 *
 * <pre>
 * fr	en	forbidden	note	case
 * paquet	package	packet	Debian package (.deb)
 * luttes revendicatives	struggles over immediate demands	wage struggles|struggles over wages and conditions	TC's usage, see note 1
 * </pre>
 */
public final class DelimitedGlossaryFormat implements GlossaryFormat {
    public static final DelimitedGlossaryFormat TSV = new DelimitedGlossaryFormat('\t');
    public static final DelimitedGlossaryFormat CSV = new DelimitedGlossaryFormat(',');

    private static final String TERM_SEPARATOR = "|";
    private static final List<String> OPTIONAL_COLUMNS = List.of("forbidden", "note", "case");

    private final char separator;

    private DelimitedGlossaryFormat(char separator) {
        this.separator = separator;
    }

    @Override
    public Language declaredSource(Path file) {
        List<Row> rows = rows(file, text(file));
        if (rows.isEmpty()) {
            throw new TermsException(file + ": empty glossary (expected a header line such as 'fr" + separator + "en')");
        }
        return language(file, rows.get(0), 0);
    }

    private static String text(Path file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new TermsException(file + ": not UTF-8 text; save the glossary as UTF-8");
        } catch (IOException e) {
            throw GlossaryFormat.unreadable(file, e);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    @Override
    public Glossary read(Path file, Language source, Language target) {
        List<Row> rows = rows(file, text(file));
        if (rows.isEmpty()) {
            throw new TermsException(file + ": empty glossary (expected a header line such as 'fr" + separator + "en"
                    + separator + "forbidden" + separator + "note')");
        }
        Row header = rows.get(0);
        Language fileSource = language(file, header, 0);
        Language fileTarget = language(file, header, 1);
        int forbiddenColumn = -1;
        int noteColumn = -1;
        int caseColumn = -1;
        for (int c = 2; c < header.cells().size(); c++) {
            String name = header.cells().get(c).strip().toLowerCase(Locale.ROOT);
            switch (name) {
                case "forbidden" -> forbiddenColumn = c;
                case "note" -> noteColumn = c;
                case "case" -> caseColumn = c;
                default -> throw new TermsException(file + ":" + header.line() + ": unknown column '" + name
                        + "' (expected " + String.join(", ", OPTIONAL_COLUMNS) + ")");
            }
        }
        List<GlossaryEntry> entries = new ArrayList<>();
        for (Row row : rows.subList(1, rows.size())) {
            List<String> cells = row.cells();
            if (cells.size() > header.cells().size()) {
                throw new TermsException(file + ":" + row.line() + ": " + cells.size() + " columns but the header has "
                        + header.cells().size());
            }
            Casing casing = casing(file, row, cell(cells, caseColumn));
            List<Term> sources = terms(cell(cells, 0), casing);
            if (sources.size() != 1) {
                throw new TermsException(file + ":" + row.line() + ": " + (sources.isEmpty() ? "no source term"
                        : "one source term per line, found " + sources.size()));
            }
            List<Term> targets = terms(cell(cells, 1), casing);
            List<Term> forbidden = terms(cell(cells, forbiddenColumn), casing);
            if (targets.isEmpty() && forbidden.isEmpty()) {
                throw new TermsException(file + ":" + row.line() + ": '" + sources.get(0).text()
                        + "' has neither a target term nor a forbidden one");
            }
            entries.add(new GlossaryEntry(sources.get(0), targets, forbidden, cell(cells, noteColumn).strip()));
        }
        if (entries.isEmpty()) {
            throw new TermsException(file + ": the glossary has a header but no entry (add lines such as 'paquet"
                    + separator + "package')");
        }
        Glossary glossary = new Glossary(fileSource, fileTarget, entries);
        glossary.requireLanguages(source, target, file.toString());
        return glossary;
    }

    @Override
    public void write(Glossary glossary, Writer out) throws IOException {
        out.write(line(List.of(glossary.source().tag(), glossary.target().tag(), "forbidden", "note", "case")));
        for (GlossaryEntry e : glossary.entries()) {
            boolean sensitive = e.source().casing() == Casing.SENSITIVE;
            out.write(line(List.of(e.source().text(), join(e.targets()), join(e.forbidden()), e.note(),
                    sensitive ? "sensitive" : "")));
        }
        out.flush();
    }

    private String line(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (String c : cells) {
            if (sb.length() > 0) {
                sb.append(separator);
            }
            if (separator == '\t') {
                sb.append(c.replace('\t', ' ').replace('\n', ' '));
            } else if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        return sb.append('\n').toString();
    }

    private static String join(List<Term> terms) {
        return String.join(TERM_SEPARATOR, terms.stream().map(Term::text).toList());
    }

    private static String cell(List<String> cells, int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }

    private static List<Term> terms(String cell, Casing casing) {
        List<Term> terms = new ArrayList<>();
        for (String part : cell.split("\\|")) {
            if (!part.isBlank()) {
                terms.add(new Term(part, casing));
            }
        }
        return terms;
    }

    private static Casing casing(Path file, Row row, String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "", "insensitive", "no" -> Casing.INSENSITIVE;
            case "sensitive", "yes" -> Casing.SENSITIVE;
            default -> throw new TermsException(file + ":" + row.line() + ": case must be 'sensitive' or empty, not '"
                    + value + "'");
        };
    }

    private static Language language(Path file, Row header, int column) {
        String cell = cell(header.cells(), column).strip();
        try {
            return Language.parse(cell);
        } catch (IllegalArgumentException e) {
            throw new TermsException(file + ":" + header.line() + ": the header must name the languages of the first two"
                    + " columns (e.g. 'fr', 'en'), found '" + cell + "'");
        }
    }

    /** One line's cells and its 1-based line number. */
    private record Row(int line, List<String> cells) {
    }

    private List<Row> rows(Path file, String text) {
        List<Row> rows = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < text.length()) {
            int rowLine = line;
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            boolean endOfRow = false;
            if (text.charAt(i) == '#') {
                int nl = text.indexOf('\n', i);
                i = nl < 0 ? text.length() : nl + 1;
                line++;
                continue;
            }
            while (i < text.length() && !endOfRow) {
                char c = text.charAt(i++);
                if (quoted) {
                    if (c == '"' && i < text.length() && text.charAt(i) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        cell.append(c);
                    }
                } else if (c == '"' && separator == ',' && cell.toString().isBlank()) {
                    quoted = true;
                    cell.setLength(0);
                } else if (c == separator) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\n') {
                    line++;
                    endOfRow = true;
                } else if (c != '\r') {
                    cell.append(c);
                }
            }
            if (quoted) {
                throw new TermsException(file + ":" + rowLine + ": a quoted cell is never closed");
            }
            cells.add(cell.toString());
            if (!(cells.size() == 1 && cells.get(0).isBlank())) {
                rows.add(new Row(rowLine, cells));
            }
        }
        return rows;
    }
}
