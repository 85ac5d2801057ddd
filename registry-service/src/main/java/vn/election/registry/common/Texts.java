package vn.election.registry.common;

import java.text.Normalizer;

/** Vietnamese text as the registry stores and searches it. */
public final class Texts {

    private Texts() {}

    /** Stored form: NFC, trimmed; null stays null. */
    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    /**
     * Search form: NFD with the combining marks dropped, {@code đ} mapped to {@code d} (a letter of its own,
     * which NFD leaves alone), lower case, single spaces: {@code nguyen thi huong} finds {@code Nguyễn Thị Hương}.
     * A plain loop, not a regular expression: it runs once per voter of a bulk import.
     */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c == 'đ' || c == 'Đ' ? 'd' : Character.toLowerCase(c));
        }
        return out.toString();
    }
}
