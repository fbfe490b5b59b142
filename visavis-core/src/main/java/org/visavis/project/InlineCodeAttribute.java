package org.visavis.project;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.visavis.model.InlineCode;

/**
 * A sentence's inline codes as one attribute value of a project file, {@code codes="..."} on
 * {@code <s>}: one entry per code, separated by spaces, each
 * {@code position,kind,id,type,data} with kind {@code o} (opening), {@code c} (closing) or
 * {@code p} (placeholder) and type and data percent-encoded:
 * {@code codes="4,o,1,code,%3Ccode%3E 14,c,1,code,%3C%2Fcode%3E"}. Sentences without codes have no
 * attribute, so projects written before codes existed read as they are.
 */
final class InlineCodeAttribute {

    private InlineCodeAttribute() {
    }

    static String format(List<InlineCode> codes) {
        StringBuilder sb = new StringBuilder();
        for (InlineCode c : codes) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(c.position()).append(',').append(kindLetter(c.kind())).append(',').append(c.id()).append(',')
                    .append(encode(c.type())).append(',').append(encode(c.data()));
        }
        return sb.toString();
    }

    /** @throws IllegalArgumentException saying what is wrong with the value */
    static List<InlineCode> parse(String value) {
        List<InlineCode> codes = new ArrayList<>();
        for (String entry : value.strip().split(" +")) {
            if (entry.isEmpty()) {
                continue;
            }
            String[] f = entry.split(",", -1);
            if (f.length != 5) {
                throw new IllegalArgumentException("inline code '" + entry + "' has " + f.length
                        + " fields, expected position,kind,id,type,data");
            }
            try {
                codes.add(new InlineCode(Integer.parseInt(f[0]), kind(f[1], entry), Integer.parseInt(f[2]),
                        decode(f[3]), decode(f[4])));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("inline code '" + entry + "': position and id must be numbers", e);
            }
        }
        return codes;
    }

    private static char kindLetter(InlineCode.Kind kind) {
        return switch (kind) {
            case OPENING -> 'o';
            case CLOSING -> 'c';
            case PLACEHOLDER -> 'p';
        };
    }

    private static InlineCode.Kind kind(String letter, String entry) {
        return switch (letter) {
            case "o" -> InlineCode.Kind.OPENING;
            case "c" -> InlineCode.Kind.CLOSING;
            case "p" -> InlineCode.Kind.PLACEHOLDER;
            default -> throw new IllegalArgumentException("inline code '" + entry + "': kind must be o, c or p");
        };
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
