package vn.election.events;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of a Java source file, comments left out: enough of Java's lexical grammar to tell a
 * literal from a comment that quotes one ({@code "..."}, text blocks, char literals, line and block comments).
 */
final class JavaStrings {

    /**
     * @param value      the literal's text as written between the quotes
     * @param line       the line it starts on, from 1
     * @param codeBefore the code on its line before it, comments and other literals left out
     */
    record Literal(String value, int line, String codeBefore) {}

    private JavaStrings() {}

    static List<Literal> of(String source) {
        List<Literal> literals = new ArrayList<>();
        StringBuilder code = new StringBuilder(); // the current line's code so far
        int line = 1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                code.setLength(0);
                i++;
            } else if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i);
                if (i < 0) {
                    i = n;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(source, i, end);
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                while (end > 0 && source.charAt(end - 1) == '\\') {
                    end = source.indexOf("\"\"\"", end + 1);
                }
                end = end < 0 ? n : end;
                literals.add(new Literal(source.substring(i + 3, end), line, code.toString()));
                line += count(source, i, end);
                code.append("\"\"");
                i = Math.min(n, end + 3);
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < n && source.charAt(end) != c && source.charAt(end) != '\n') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end, n);
                if (c == '"') {
                    literals.add(new Literal(source.substring(i + 1, end), line, code.toString()));
                }
                code.append(c).append(c);
                i = end + 1;
            } else {
                code.append(c);
                i++;
            }
        }
        return literals;
    }

    private static int count(String source, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (source.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
