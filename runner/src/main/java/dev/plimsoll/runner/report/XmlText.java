package dev.plimsoll.runner.report;

/**
 * Makes text safe for XML 1.0: container logs carry ANSI escapes and other control characters that
 * XML cannot hold at all, so each becomes a visible {@code \\uXXXX}.
 */
final class XmlText {

    private XmlText() {}

    static String clean(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (allowed(c)) clean.appendCodePoint(c);
            else clean.append(String.format("\\u%04x", c));
        });
        return clean.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
