package org.chargeplan.report;

/** Escaping for text placed in HTML/SVG and for JSON placed inside a {@code <script>} element. */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** JSON text made safe inside a script element ({@code </} cannot end it early). */
    static String scriptJson(String json) {
        return json.replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
