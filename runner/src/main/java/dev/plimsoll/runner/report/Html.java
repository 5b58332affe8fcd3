package dev.plimsoll.runner.report;

import dev.plimsoll.engine.Secrets;

/**
 * Text for the HTML report: secrets masked first (an escaped secret would no longer match), characters that no page
 * should hold made visible, then {@code & < > " '} escaped, so nothing from a contract or a log becomes markup.
 */
record Html(Secrets secrets) {

    String text(String value) {
        return escape(XmlText.clean(secrets.mask(value)));
    }

    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        value.chars().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append((char) c);
            }
        });
        return escaped.toString();
    }
}
