package dev.taskinbox.task;

/**
 * How many SMS a text takes: GSM-7 fits 160 characters in one message and 153 per part when split;
 * anything outside GSM-7 (emoji, most scripts) makes it UCS-2, 70 and 67.
 */
public record SmsSegments(int characters, int count, boolean unicode) {
    private static final String GSM7 = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM7_EXTENDED = "^{}\\[~]|€\f";

    public static SmsSegments of(String text) {
        String body = text == null ? "" : text;
        boolean unicode = false;
        int units = 0;
        for (int i = 0; i < body.length(); i = body.offsetByCodePoints(i, 1)) {
            int c = body.codePointAt(i);
            if (GSM7.indexOf(c) >= 0) {
                units++;
            } else if (GSM7_EXTENDED.indexOf(c) >= 0) {
                units += 2;
            } else {
                unicode = true;
            }
        }
        if (unicode) {
            units = body.length();   // UCS-2 counts UTF-16 units: an emoji is two
        }
        int single = unicode ? 70 : 160;
        int part = unicode ? 67 : 153;
        int count = units == 0 ? 0 : units <= single ? 1 : (units + part - 1) / part;
        return new SmsSegments(units, count, unicode);
    }
}
