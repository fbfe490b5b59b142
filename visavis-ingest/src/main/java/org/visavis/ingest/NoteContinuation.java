package org.visavis.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A footnote too long for its page goes on at the foot of the next one, without a label
 * (LibreOffice and Word do this): the last note of a page that ends no sentence takes the short
 * block set apart at the foot of the next page's text, when that block starts in lower case and
 * ends a sentence ("… kept up to date by their" / … / "members.").
 *
 * <pre>{@code
 * List<PageBody> pages = NoteContinuation.carried(previousPage, page, 0);
 * // [previous page with its last note ending "by their members.", the page without "members."]
 * }</pre>
 */
final class NoteContinuation {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’»)\\]]*$");
    /** A continuation is the rest of a note, a few lines; a longer block is text. */
    private static final int MAX_LINES = 3;

    private NoteContinuation() {
    }

    /** The two pages, with the continuation moved from {@code page}'s foot into the note of {@code previous}. */
    static List<PageBody> carried(PageBody previous, PageBody page, int lineGap) {
        if (previous.notes().isEmpty()) {
            return List.of(previous, page);
        }
        FootnoteBlock last = previous.notes().get(previous.notes().size() - 1);
        String lastLine = last.lines().stream().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("").strip();
        List<String> lines = page.lines();
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isBlank()) {
            end--;
        }
        int start = end;
        while (start > 0 && !lines.get(start - 1).isBlank()) {
            start--;
        }
        int blanks = 0;
        while (start - blanks > 0 && lines.get(start - blanks - 1).isBlank()) {
            blanks++;
        }
        boolean apart = blanks > lineGap && start - blanks > 0;
        if (lastLine.isEmpty() || SENTENCE_END.matcher(lastLine).find() || !apart || end - start > MAX_LINES
                || !Character.isLowerCase(lines.get(start).strip().codePointAt(0))
                || !SENTENCE_END.matcher(lines.get(end - 1).strip()).find()) {
            return List.of(previous, page);
        }
        List<String> noteLines = new ArrayList<>(last.lines());
        noteLines.addAll(lines.subList(start, end));
        List<FootnoteBlock> notes = new ArrayList<>(previous.notes());
        notes.set(notes.size() - 1, new FootnoteBlock(last.label(), noteLines));
        List<String> rest = new ArrayList<>(lines.subList(0, start - blanks));
        rest.addAll(lines.subList(end, lines.size()));
        return List.of(new PageBody(previous.lines(), notes), new PageBody(rest, page.notes()));
    }
}
