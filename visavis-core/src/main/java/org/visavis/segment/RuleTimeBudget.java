package org.visavis.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.lib.segmentation.LanguageMap;
import net.sf.okapi.lib.segmentation.Rule;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.visavis.model.InputLimit;

/**
 * Runs the rules of a user's SRX file over a paragraph under a time budget before Okapi does, so
 * that a rule which backtracks catastrophically ({@code (a+)+b} on "aaaa…a") is an error naming
 * the rule instead of a segmentation that never ends. Each rule is matched as Okapi matches it
 * (the same expression, flags and search loop) over a {@link Deadline} text, whose
 * {@code charAt} stops the regex engine once the budget ({@link InputLimit#SRX_RULE_MILLIS})
 * is spent.
 *
 * <pre>{@code
 * RuleTimeBudget.of(doc, "my.srx", LocaleId.fromString("en")).check(paragraph);  // SegmentationException
 * }</pre>
 */
final class RuleTimeBudget {

    /** A rule as the user wrote it, compiled as Okapi compiles it. */
    private record TimedRule(String label, Pattern pattern) {
    }

    private final String source;
    private final List<TimedRule> rules;

    private RuleTimeBudget(String source, List<TimedRule> rules) {
        this.source = source;
        this.rules = rules;
    }

    /** The active rules that apply to the language, in the order of the file's language maps. */
    static RuleTimeBudget of(SRXDocument doc, String source, LocaleId locale) {
        List<TimedRule> rules = new ArrayList<>();
        for (LanguageMap map : doc.getAllLanguagesMaps()) {
            if (!Pattern.matches(map.getPattern(), locale.toString())) {
                continue;
            }
            List<Rule> ruleSet = doc.getLanguageRules(map.getRuleName());
            for (int i = 0; ruleSet != null && i < ruleSet.size(); i++) {
                Rule rule = ruleSet.get(i);
                if (rule.isActive()) {
                    String regex = doc.generateRuleRegex(rule).replace("\\Y", SRXDocument.INLINECODE_PATTERN);
                    String label = "rule " + (i + 1) + " of '" + map.getRuleName() + "' (beforebreak '"
                            + rule.getBefore() + "', afterbreak '" + rule.getAfter() + "')";
                    rules.add(new TimedRule(label, Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS)));
                }
            }
            if (!doc.cascade()) {
                break;
            }
        }
        return new RuleTimeBudget(source, rules);
    }

    /** Throws {@link SegmentationException} naming the first rule that overruns on this text. */
    void check(String text) {
        long millis = InputLimit.SRX_RULE_MILLIS.value();
        for (TimedRule rule : rules) {
            Deadline deadline = new Deadline(text, System.nanoTime() + millis * 1_000_000L);
            try {
                findAll(rule.pattern().matcher(deadline), text.length());
            } catch (Deadline.Passed e) {
                throw new SegmentationException(source + ": " + rule.label() + " runs for more than "
                        + InputLimit.SRX_RULE_MILLIS.describe() + " on a paragraph of "
                        + String.format(Locale.ROOT, "%,d", text.length())
                        + " characters (catastrophic backtracking?); simplify the expression (limit "
                        + InputLimit.SRX_RULE_MILLIS.property() + ")");
            }
        }
    }

    /** Okapi's search loop: each match restarts the search where its break falls. */
    private static void findAll(Matcher m, int length) {
        m.useTransparentBounds(true);
        int from = 0;
        int last = -1;
        while (from != last && from <= length && m.find(from)) {
            int next = m.groupCount() >= 1 ? m.start() + m.group(1).length() : m.end();
            last = from;
            from = next;
        }
    }

    /** The paragraph, whose characters stop being given out once the time is up. */
    static final class Deadline implements CharSequence {
        /** The clock is read every so many characters: reading it costs more than a character. */
        private static final int CHECK_EVERY = 1 << 12;

        /** The regex ran out of time. */
        static final class Passed extends RuntimeException {
            Passed() {
                super("time budget spent", null, false, false);
            }
        }

        private final String text;
        private final long deadline;
        private int reads;

        Deadline(String text, long deadline) {
            this.text = text;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            if (++reads == CHECK_EVERY) {
                reads = 0;
                if (System.nanoTime() > deadline) {
                    throw new Passed();
                }
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
