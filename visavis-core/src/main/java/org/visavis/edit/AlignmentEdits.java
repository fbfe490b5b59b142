package org.visavis.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.BeadStatus;
import org.visavis.model.CodedText;
import org.visavis.model.InlineCode;
import org.visavis.model.Paragraph;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;
import org.visavis.model.Side;

/**
 * The editor's operations as pure functions: each takes an alignment and returns a new one, so
 * undo is keeping the previous value. Bead numbers are 0-based indexes into
 * {@link Alignment#beads()}. A bead a person built (merged, split, received a sentence, edited)
 * comes back confirmed with confidence 1, as InterText marks manual links; a bead that only lost
 * sentences stays automatic, so "realign pending" may still rework it. An operation that does not apply
 * throws {@link EditException} and changes nothing.
 *
 * <pre>{@code
 * Alignment b = AlignmentEdits.shiftDown(a, 3, Side.TARGET); // last target sentence of bead 3 goes to bead 4
 * }</pre>
 */
public final class AlignmentEdits {
    private AlignmentEdits() {
    }

    /** Moves the first sentence of {@code side} in bead {@code b} to the end of bead {@code b-1}. */
    public static Alignment shiftUp(Alignment a, int b, Side side) {
        List<Bead> beads = beads(a, b);
        List<Integer> moving = side.of(beads.get(b));
        if (b == 0) {
            throw new EditException(label(b) + ": there is no bead above");
        }
        if (moving.isEmpty()) {
            throw new EditException(label(b) + ": no " + word(side) + " sentence to move up");
        }
        return moveToPrevious(a, beads, b, side, moving.subList(0, 1));
    }

    /** Moves the last sentence of {@code side} in bead {@code b} to the start of bead {@code b+1} (a new bead at the end). */
    public static Alignment shiftDown(Alignment a, int b, Side side) {
        List<Bead> beads = beads(a, b);
        List<Integer> moving = side.of(beads.get(b));
        if (moving.isEmpty()) {
            throw new EditException(label(b) + ": no " + word(side) + " sentence to move down");
        }
        return moveToNext(a, beads, b, side, moving.subList(moving.size() - 1, moving.size()));
    }

    /** Merges all {@code side} sentences of bead {@code b} into the bead above. */
    public static Alignment mergeSideUp(Alignment a, int b, Side side) {
        List<Bead> beads = beads(a, b);
        if (b == 0) {
            throw new EditException(label(b) + ": there is no bead above to merge into");
        }
        if (side.of(beads.get(b)).isEmpty()) {
            throw new EditException(label(b) + ": no " + word(side) + " sentence to merge");
        }
        return moveToPrevious(a, beads, b, side, side.of(beads.get(b)));
    }

    /** Merges all {@code side} sentences of bead {@code b} into the bead below. */
    public static Alignment mergeSideDown(Alignment a, int b, Side side) {
        List<Bead> beads = beads(a, b);
        if (b == beads.size() - 1) {
            throw new EditException(label(b) + ": there is no bead below to merge into");
        }
        if (side.of(beads.get(b)).isEmpty()) {
            throw new EditException(label(b) + ": no " + word(side) + " sentence to merge");
        }
        return moveToNext(a, beads, b, side, side.of(beads.get(b)));
    }

    /** Merges bead {@code b} and bead {@code b+1} into one bead. */
    public static Alignment mergeWithNext(Alignment a, int b) {
        List<Bead> beads = beads(a, b);
        if (b == beads.size() - 1) {
            throw new EditException(label(b) + ": there is no bead below to merge with");
        }
        Bead first = beads.get(b);
        Bead second = beads.get(b + 1);
        beads.set(b, touched(concat(first.source(), second.source()), concat(first.target(), second.target())));
        beads.remove(b + 1);
        return new Alignment(a.source(), a.target(), beads);
    }

    /** Splits bead {@code b} into beads pairing its sentences one by one; the extra sentences of the longer side stand alone. */
    public static Alignment splitBead(Alignment a, int b) {
        List<Bead> beads = beads(a, b);
        Bead bead = beads.get(b);
        int n = Math.max(bead.source().size(), bead.target().size());
        if (n < 2) {
            throw new EditException(label(b) + ": a " + bead.shape() + " bead has nothing to split");
        }
        List<Bead> parts = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            parts.add(touched(k < bead.source().size() ? List.of(bead.source().get(k)) : List.of(),
                    k < bead.target().size() ? List.of(bead.target().get(k)) : List.of()));
        }
        beads.remove(b);
        beads.addAll(b, parts);
        return new Alignment(a.source(), a.target(), beads);
    }

    /**
     * Gives bead {@code b} an empty counterpart on {@code side}: that side's sentences move to a
     * new one-sided bead just below ({@code [s]:[t]} becomes {@code [s]:[]} and {@code []:[t]}).
     */
    public static Alignment insertEmpty(Alignment a, int b, Side side) {
        List<Bead> beads = beads(a, b);
        Bead bead = beads.get(b);
        if (bead.isOneSided()) {
            throw new EditException(label(b) + ": the bead is already " + bead.shape());
        }
        beads.set(b, touched(side.with(bead, List.of())));
        beads.add(b + 1, side.other().with(bead, List.of()).withStatus(BeadStatus.AUTO));
        return new Alignment(a.source(), a.target(), beads);
    }

    /**
     * Removes the empty counterpart of a one-sided bead {@code b}: it pairs with a neighbouring
     * bead that is one-sided on the other side (below first), or else joins the bead above (or
     * below, for the first bead).
     */
    public static Alignment removeEmpty(Alignment a, int b) {
        List<Bead> beads = beads(a, b);
        Bead bead = beads.get(b);
        if (!bead.isOneSided()) {
            throw new EditException(label(b) + ": a " + bead.shape() + " bead has no empty side");
        }
        if (beads.size() == 1) {
            throw new EditException(label(b) + ": the only bead has nothing to pair with");
        }
        if (b + 1 < beads.size() && complements(bead, beads.get(b + 1))) {
            return mergeWithNext(a, b);
        }
        if (b > 0 && complements(bead, beads.get(b - 1))) {
            return mergeWithNext(a, b - 1);
        }
        return b > 0 ? mergeWithNext(a, b - 1) : mergeWithNext(a, b);
    }

    private static boolean complements(Bead oneSided, Bead other) {
        return other.isOneSided() && oneSided.source().isEmpty() != other.source().isEmpty();
    }

    public static Alignment confirm(Alignment a, int b) {
        return withStatus(a, b, BeadStatus.CONFIRMED);
    }

    public static Alignment unconfirm(Alignment a, int b) {
        return withStatus(a, b, BeadStatus.AUTO);
    }

    /** Confirms bead {@code b} and every bead above it. */
    public static Alignment confirmThrough(Alignment a, int b) {
        List<Bead> beads = beads(a, b);
        for (int i = 0; i <= b; i++) {
            beads.set(i, beads.get(i).withStatus(BeadStatus.CONFIRMED));
        }
        return new Alignment(a.source(), a.target(), beads);
    }

    private static Alignment withStatus(Alignment a, int b, BeadStatus status) {
        List<Bead> beads = beads(a, b);
        beads.set(b, beads.get(b).withStatus(status));
        return new Alignment(a.source(), a.target(), beads);
    }

    /**
     * Aligns again everything between confirmed beads; confirmed beads stay as they are.
     * Throws when the realigner loses or changes a confirmed bead.
     */
    public static Alignment realignPending(Alignment a, Realigner realigner) {
        List<Bead> fixed = a.beads().stream().filter(Bead::isConfirmed).toList();
        List<Bead> result = realigner.realign(a.source(), a.target(), fixed);
        Set<String> kept = new HashSet<>();
        for (Bead r : result) {
            if (r.isConfirmed()) {
                kept.add(r.notation());
            }
        }
        for (Bead f : fixed) {
            if (!kept.contains(f.notation())) {
                throw new EditException("realign changed the confirmed bead " + f.notation());
            }
        }
        try {
            return new Alignment(a.source(), a.target(), result);
        } catch (IllegalArgumentException e) {
            throw new EditException("realign returned beads that do not cover the texts: " + e.getMessage());
        }
    }

    /**
     * Replaces the {@code side} sentences of bead {@code b} with {@code texts} (blank entries are
     * dropped): one text per sentence edits in place, more texts split, fewer merge. New sentences
     * join the paragraph of the sentences they replace. The bead disappears when both its sides
     * end up empty.
     */
    public static Alignment replaceSentences(Alignment a, int b, Side side, List<String> texts) {
        return replaceCodedSentences(a, b, side, texts.stream().map(CodedText::plain).toList());
    }

    /**
     * As {@link #replaceSentences}, each new sentence with its inline codes (as {@link TagMarkers}
     * reads them back from the editor); the paragraphs' codes follow their sentences'.
     */
    public static Alignment replaceCodedSentences(Alignment a, int b, Side side, List<CodedText> texts) {
        List<Bead> beads = beads(a, b);
        List<CodedText> clean = texts.stream().map(AlignmentEdits::stripped).filter(t -> !t.text().isEmpty()).toList();
        Bead bead = beads.get(b);
        List<Integer> old = side.of(bead);
        SegmentedDocument doc = side.of(a);
        int start = old.isEmpty() ? firstIndexAfter(beads, b, side) : old.get(0);
        List<Paragraph> paragraphs = new ArrayList<>(doc.paragraphs());
        if (paragraphs.isEmpty()) {
            paragraphs.add(Paragraph.body(""));
        }
        List<Segment> segments = new ArrayList<>(doc.segments().subList(0, start));
        Set<Integer> touchedParagraphs = new HashSet<>();
        for (int k = 0; k < clean.size(); k++) {
            int paragraph;
            if (!old.isEmpty()) {
                paragraph = doc.segments().get(old.get(Math.min(k, old.size() - 1))).paragraph();
            } else {
                paragraph = start > 0 ? doc.segments().get(start - 1).paragraph() : 0;
            }
            segments.add(new Segment(clean.get(k).text(), paragraph, clean.get(k).codes()));
            touchedParagraphs.add(paragraph);
        }
        for (int i : old) {
            touchedParagraphs.add(doc.segments().get(i).paragraph());
        }
        segments.addAll(doc.segments().subList(start + old.size(), doc.size()));
        for (int p : touchedParagraphs) {
            paragraphs.set(p, paragraphText(paragraphs.get(p), segments, p));
        }
        SegmentedDocument edited = new SegmentedDocument(doc.name(), doc.language(), paragraphs, segments);

        int delta = clean.size() - old.size();
        List<Integer> now = IntStream.range(start, start + clean.size()).boxed().toList();
        int firstLater;
        if (now.isEmpty() && side.other().of(bead).isEmpty()) {
            beads.remove(b);
            firstLater = b;
        } else {
            beads.set(b, touched(side.with(bead, now)));
            firstLater = b + 1;
        }
        for (int i = firstLater; i < beads.size(); i++) {
            Bead later = beads.get(i);
            beads.set(i, side.with(later, side.of(later).stream().map(x -> x + delta).toList()));
        }
        return side == Side.SOURCE ? new Alignment(edited, a.target(), beads) : new Alignment(a.source(), edited, beads);
    }

    /** Splits sentence {@code sentence} of {@code side} at character {@code offset} into two sentences of the same bead. */
    public static Alignment splitSentence(Alignment a, Side side, int sentence, int offset) {
        SegmentedDocument doc = side.of(a);
        if (sentence < 0 || sentence >= doc.size()) {
            throw new EditException("sentence " + (sentence + 1) + " does not exist");
        }
        Segment whole = doc.segments().get(sentence);
        String text = whole.text();
        int at = Math.max(0, Math.min(offset, text.length()));
        // a code at the split point goes with the head when it closes, with the tail otherwise
        CodedText head = stripped(new CodedText(text.substring(0, at), whole.codes().stream()
                .filter(c -> c.position() < at || (c.position() == at && c.kind() == InlineCode.Kind.CLOSING)).toList()));
        CodedText tail = stripped(new CodedText(text.substring(at), whole.codes().stream()
                .filter(c -> c.position() > at || (c.position() == at && c.kind() != InlineCode.Kind.CLOSING))
                .map(c -> c.at(c.position() - at)).toList()));
        if (head.text().isEmpty() || tail.text().isEmpty()) {
            throw new EditException("sentence " + (sentence + 1) + ": splitting at " + offset + " would leave an empty sentence");
        }
        int b = beadOf(a, side, sentence);
        List<CodedText> texts = new ArrayList<>();
        for (int i : side.of(a.beads().get(b))) {
            if (i == sentence) {
                texts.add(head);
                texts.add(tail);
            } else {
                texts.add(doc.segments().get(i).coded());
            }
        }
        return replaceCodedSentences(a, b, side, texts);
    }

    /** The index of the bead holding sentence {@code sentence} of {@code side}. */
    public static int beadOf(Alignment a, Side side, int sentence) {
        List<Bead> beads = a.beads();
        int lo = 0;
        int hi = beads.size() - 1;
        // binary search on the first index of each bead's side; one-sided beads may lack it, so walk
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int probe = mid;
            while (probe <= hi && side.of(beads.get(probe)).isEmpty()) {
                probe++;
            }
            if (probe > hi) {
                hi = mid - 1;
                continue;
            }
            List<Integer> ix = side.of(beads.get(probe));
            if (sentence < ix.get(0)) {
                hi = mid - 1;
            } else if (sentence > ix.get(ix.size() - 1)) {
                lo = probe + 1;
            } else {
                return probe;
            }
        }
        throw new EditException("sentence " + (sentence + 1) + " is in no bead");
    }

    private static Paragraph paragraphText(Paragraph p, List<Segment> segments, int index) {
        CodedText joined = CodedText.plain("");
        for (Segment s : segments) {
            if (s.paragraph() == index && !s.text().isEmpty()) {
                joined = joined.join(s.coded(), true);
            }
        }
        return new Paragraph(joined.text(), p.kind(), p.notes(), joined.codes());
    }

    /** The text without the whitespace at its ends, its codes kept within what is left. */
    private static CodedText stripped(CodedText t) {
        String text = t.text();
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = text.length();
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int from = start;
        int to = end;
        return new CodedText(text.substring(start, end), t.codes().stream()
                .map(c -> c.at(Math.min(Math.max(c.position(), from), to) - from)).toList());
    }

    private static int firstIndexAfter(List<Bead> beads, int b, Side side) {
        for (int i = b - 1; i >= 0; i--) {
            List<Integer> ix = side.of(beads.get(i));
            if (!ix.isEmpty()) {
                return ix.get(ix.size() - 1) + 1;
            }
        }
        return 0;
    }

    private static Alignment moveToPrevious(Alignment a, List<Bead> beads, int b, Side side, List<Integer> moving) {
        Bead prev = beads.get(b - 1);
        Bead bead = beads.get(b);
        beads.set(b - 1, touched(side.with(prev, concat(side.of(prev), moving))));
        replaceOrDrop(beads, b, side, side.of(bead).subList(moving.size(), side.of(bead).size()));
        return new Alignment(a.source(), a.target(), beads);
    }

    private static Alignment moveToNext(Alignment a, List<Bead> beads, int b, Side side, List<Integer> moving) {
        Bead bead = beads.get(b);
        List<Integer> own = side.of(bead);
        if (b + 1 < beads.size()) {
            Bead next = beads.get(b + 1);
            beads.set(b + 1, touched(side.with(next, concat(moving, side.of(next)))));
        } else {
            beads.add(touched(side == Side.SOURCE ? new Bead(moving, List.of(), 1, BeadStatus.CONFIRMED)
                    : new Bead(List.of(), moving, 1, BeadStatus.CONFIRMED)));
        }
        replaceOrDrop(beads, b, side, own.subList(0, own.size() - moving.size()));
        return new Alignment(a.source(), a.target(), beads);
    }

    /** Bead {@code b} keeps {@code remaining} on {@code side}, or goes when it would hold nothing. */
    private static void replaceOrDrop(List<Bead> beads, int b, Side side, List<Integer> remaining) {
        Bead bead = beads.get(b);
        if (remaining.isEmpty() && side.other().of(bead).isEmpty()) {
            beads.remove(b);
        } else {
            // the bead that lost a sentence was not checked by anyone: it stays automatic
            beads.set(b, side.with(bead, remaining).withStatus(BeadStatus.AUTO));
        }
    }

    private static Bead touched(Bead b) {
        return new Bead(b.source(), b.target(), 1, BeadStatus.CONFIRMED);
    }

    private static Bead touched(List<Integer> source, List<Integer> target) {
        return new Bead(source, target, 1, BeadStatus.CONFIRMED);
    }

    private static List<Integer> concat(List<Integer> x, List<Integer> y) {
        List<Integer> out = new ArrayList<>(x);
        out.addAll(y);
        return out;
    }

    private static List<Bead> beads(Alignment a, int b) {
        if (b < 0 || b >= a.beads().size()) {
            throw new EditException("bead " + (b + 1) + " does not exist (the alignment has " + a.beads().size() + ")");
        }
        return new ArrayList<>(a.beads());
    }

    private static String label(int b) {
        return "bead " + (b + 1);
    }

    private static String word(Side side) {
        return side == Side.SOURCE ? "source" : "target";
    }
}
