package vn.election.kit.text;

import java.text.Normalizer;

/**
 * Vietnamese text as the services store and search it: one Unicode form (NFC), whatever form the client or
 * the producer of an event sent, so that equal names are equal strings (docs/architecture.md).
 */
public final class Texts {

    /** What becomes of the blanks around a text when it is normalized. */
    public enum Whitespace {
        /** Input typed by a person: the blanks around it are dropped. */
        STRIP,
        /** Text that another service already normalized (an event's payload): kept as it came. */
        KEEP
    }

    private Texts() {}

    /** Stored form of input: NFC, the surrounding blanks dropped; null stays null. */
    public static String nfc(String text) {
        return nfc(text, Whitespace.STRIP);
    }

    /** NFC, with the surrounding blanks dropped or kept; null stays null. */
    public static String nfc(String text, Whitespace whitespace) {
        if (text == null) {
            return null;
        }
        return Normalizer.normalize(whitespace == Whitespace.STRIP ? text.strip() : text, Normalizer.Form.NFC);
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
