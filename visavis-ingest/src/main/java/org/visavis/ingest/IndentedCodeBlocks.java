package org.visavis.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.visavis.model.Paragraph;

/**
 * Code blocks of plain text as text renderings write them (pandoc's plain text, Markdown): a
 * run of lines indented by 4 to 8 spaces (or a tab), between blank lines, after a paragraph that
 * starts at the margin. {@link #mark} takes them out of the text before its layout is repaired
 * (which would join their lines into prose), leaving a placeholder line ({@link CodePlaceholders});
 * {@link #restore} puts them back as {@link Paragraph#code code paragraphs}, their lines and
 * indentation as written.
 * A paragraph continued inside a list item ("-   item" then an indented paragraph) is not code,
 * nor are lines centred far from the margin (titles), nor a block that reads as prose: the
 * body of a definition list as w3m and lynx render DocBook's ("RAID5" at the margin, then
 * "    Is a good compromise between speed, reliability and data redundancy. RAID5 ..."), words
 * and sentence punctuation only, with a sentence's end in it.
 *
 * <pre>{@code
 * IndentedCodeBlocks.Marked m = IndentedCodeBlocks.mark("Run:\n\n    $ make\n\nDone.\n");
 * IndentedCodeBlocks.restore(new PageLayoutRepair(...).repair(PlainTextPages.of(m.text())), m);
 * // [Paragraph("Run:"), Paragraph.code("$ make"), Paragraph("Done.")]
 * }</pre>
 */
final class IndentedCodeBlocks {

    /** The text with a placeholder line for each block, and the blocks in order. */
    record Marked(String text, List<String> blocks) {
        Marked {
            blocks = List.copyOf(blocks);
        }
    }

    private static final int MIN_INDENT = 4;
    private static final int MAX_INDENT = 8;
    private static final int MIN_PROSE_WORDS = 8;
    private static final String CODE_LINE_START = "$#>%{<";
    private static final String CODE_CHARACTERS = "$<>{}`|\\";
    private static final double PROSE_SHARE = 0.9;
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*+•]|\\d{1,3}[.)]|\\(?[a-z]\\))\\s+\\S.*");

    private IndentedCodeBlocks() {
    }

    static Marked mark(String text) {
        List<String> lines = text.lines().toList();
        List<String> out = new ArrayList<>();
        List<String> blocks = new ArrayList<>();
        String previousText = null;
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            boolean afterBlank = i == 0 || lines.get(i - 1).isBlank();
            if (afterBlank && previousText != null && startsCode(line) && startsAtMargin(previousText)
                    && !LIST_ITEM.matcher(previousText.strip()).matches()) {
                int end = i;
                while (end < lines.size() && (continuesCode(lines.get(end)) || isBlankInside(lines, end))) {
                    end++;
                }
                List<String> block = lines.subList(i, end);
                if (readsAsProse(block)) {
                    previousText = line;
                    out.add(line);
                    i++;
                    continue;
                }
                int indent = block.stream().filter(l -> !l.isBlank()).mapToInt(IndentedCodeBlocks::indent)
                        .min().orElse(0);
                StringBuilder sb = new StringBuilder();
                for (String l : block) {
                    sb.append(l.isBlank() ? "" : expandTabs(l).substring(indent)).append('\n');
                }
                out.add(CodePlaceholders.line(blocks.size()));
                blocks.add(CodeBlocks.verbatim(sb.toString()));
                previousText = null;
                i = end;
                continue;
            }
            if (!line.isBlank()) {
                previousText = line;
            }
            out.add(line);
            i++;
        }
        if (blocks.isEmpty()) {
            return new Marked(text, blocks);
        }
        return new Marked(String.join("\n", out) + "\n", blocks);
    }

    /** The repaired paragraphs with each placeholder turned back into its code block. */
    static List<Paragraph> restore(List<Paragraph> paragraphs, Marked marked) {
        return CodePlaceholders.restore(paragraphs, marked.blocks(), (previous, next) -> false);
    }

    /**
     * True for a block of running text: eight words or more, no line that starts as a prompt, a
     * comment or a tag does ("$#>%{<"), none of "$<>{}`|\\", nine characters in ten letters or
     * spaces, and a sentence that ends in it (". " inside or a final ".", "?", "!"). A wrapped
     * line may start with a bracket ("(s), the other part"), a boot parameter be named with its
     * value ("priority=low").
     */
    static boolean readsAsProse(List<String> block) {
        String text = String.join(" ", block.stream().map(String::strip).filter(l -> !l.isEmpty()).toList());
        if (text.split("\\s+").length < MIN_PROSE_WORDS) {
            return false;
        }
        if (block.stream().map(String::strip).anyMatch(l -> !l.isEmpty() && CODE_LINE_START.indexOf(l.charAt(0)) >= 0)) {
            return false;
        }
        if (text.codePoints().anyMatch(c -> CODE_CHARACTERS.indexOf(c) >= 0)) {
            return false;
        }
        long wordy = text.codePoints().filter(c -> Character.isLetter(c) || Character.isSpaceChar(c)).count();
        if (wordy < PROSE_SHARE * text.length()) {
            return false;
        }
        return text.contains(". ") || text.endsWith(".") || text.endsWith("?") || text.endsWith("!");
    }

    /** The first line of a block: indented as a code block is, not centred as a title. */
    private static boolean startsCode(String line) {
        int indent = indent(line);
        return !line.isBlank() && indent >= MIN_INDENT && (indent <= MAX_INDENT || line.startsWith("\t"));
    }

    /** A further line of a block may be indented deeper (the body of a loop). */
    private static boolean continuesCode(String line) {
        return !line.isBlank() && indent(line) >= MIN_INDENT;
    }

    /** A blank line between two lines of the block ("    a\n\n    b"), not the one after it. */
    private static boolean isBlankInside(List<String> lines, int i) {
        return lines.get(i).isBlank() && i + 1 < lines.size() && continuesCode(lines.get(i + 1));
    }

    private static boolean startsAtMargin(String line) {
        return indent(line) == 0;
    }

    private static int indent(String line) {
        String expanded = expandTabs(line);
        int n = 0;
        while (n < expanded.length() && expanded.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private static String expandTabs(String line) {
        if (line.indexOf('\t') < 0) {
            return line;
        }
        StringBuilder sb = new StringBuilder();
        for (char c : line.toCharArray()) {
            if (c == '\t') {
                sb.append(" ".repeat(MIN_INDENT * 2 - sb.length() % (MIN_INDENT * 2)));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
