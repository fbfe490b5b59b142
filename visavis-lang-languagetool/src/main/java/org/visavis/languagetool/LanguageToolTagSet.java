package org.visavis.languagetool;
import org.visavis.lang.WordClass;

/**
 * Maps the tags LanguageTool's taggers give in one language to {@link WordClass}es. Each language
 * has its own tag set (Penn Treebank for English, "N f p" for French, "SUB:NOM:SIN:FEM" for
 * German); a language without an entry here still gets lemmas, with {@link WordClass#OTHER}.
 */
enum LanguageToolTagSet {
    ENGLISH {
        @Override
        WordClass classOf(String tag) {
            if (tag.startsWith("NNP")) {
                return WordClass.PROPER_NOUN;
            }
            if (tag.startsWith("NN")) {
                return WordClass.NOUN;
            }
            if (tag.startsWith("JJ")) {
                return WordClass.ADJECTIVE;
            }
            if (tag.startsWith("VB") || tag.equals("MD")) {
                return WordClass.VERB;
            }
            if (tag.startsWith("RB") || tag.equals("WRB")) {
                return WordClass.ADVERB;
            }
            if (tag.equals("DT") || tag.equals("PDT") || tag.equals("WDT")) {
                return WordClass.DETERMINER;
            }
            if (tag.equals("IN") || tag.equals("TO") || tag.equals("RP")) {
                return WordClass.PREPOSITION;
            }
            if (tag.equals("CC")) {
                return WordClass.CONJUNCTION;
            }
            if (tag.startsWith("PRP") || tag.startsWith("WP") || tag.equals("EX")) {
                return WordClass.PRONOUN;
            }
            if (tag.equals("CD")) {
                return WordClass.NUMBER;
            }
            if (tag.equals("PCT") || tag.equals(".") || tag.equals(",") || tag.equals(":")) {
                return WordClass.PUNCTUATION;
            }
            return WordClass.OTHER;
        }
    },
    FRENCH {
        @Override
        WordClass classOf(String tag) {
            return switch (tag.isEmpty() ? ' ' : tag.charAt(0)) {
                case 'N' -> WordClass.NOUN;
                case 'Z' -> WordClass.PROPER_NOUN;
                case 'J' -> WordClass.ADJECTIVE;
                case 'V' -> WordClass.VERB;
                case 'A' -> WordClass.ADVERB;
                case 'D' -> WordClass.DETERMINER;
                case 'P' -> WordClass.PREPOSITION;
                case 'C' -> WordClass.CONJUNCTION;
                case 'R' -> WordClass.PRONOUN;
                case 'M' -> WordClass.PUNCTUATION;
                case 'Y', 'K' -> WordClass.NUMBER;
                default -> WordClass.OTHER;
            };
        }
    },
    GERMAN {
        @Override
        WordClass classOf(String tag) {
            String head = tag.contains(":") ? tag.substring(0, tag.indexOf(':')) : tag;
            return switch (head) {
                case "SUB" -> WordClass.NOUN;
                case "EIG" -> WordClass.PROPER_NOUN;
                case "ADJ", "PA1", "PA2" -> WordClass.ADJECTIVE;
                case "VER" -> WordClass.VERB;
                case "ADV" -> WordClass.ADVERB;
                case "ART" -> WordClass.DETERMINER;
                case "PRP" -> WordClass.PREPOSITION;
                case "KON" -> WordClass.CONJUNCTION;
                case "PRO" -> WordClass.PRONOUN;
                case "ZAL" -> WordClass.NUMBER;
                case "PKT" -> WordClass.PUNCTUATION;
                default -> WordClass.OTHER;
            };
        }
    },
    OTHER_LANGUAGE {
        @Override
        WordClass classOf(String tag) {
            return WordClass.OTHER;
        }
    };

    abstract WordClass classOf(String tag);

    static LanguageToolTagSet forCode(String code) {
        return switch (code) {
            case "en" -> ENGLISH;
            case "fr" -> FRENCH;
            case "de" -> GERMAN;
            default -> OTHER_LANGUAGE;
        };
    }
}
