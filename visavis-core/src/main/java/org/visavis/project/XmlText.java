package org.visavis.project;

/** XML escaping for text and attribute values, dropping the characters XML 1.0 forbids. */
public final class XmlText {
    private XmlText() {
    }

    /** Escapes {@code < & > "} and removes control characters, lone surrogates and U+FFFE/U+FFFF. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (isAllowed(c)) {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static boolean isAllowed(char c) {
        if (Character.isSurrogate(c)) {
            return false;
        }
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
