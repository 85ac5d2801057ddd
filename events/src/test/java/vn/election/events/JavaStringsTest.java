package vn.election.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class JavaStringsTest {

    @Test
    void findsLiteralsWithTheirLineAndTheCodeBeforeThem() {
        String source = """
                class A {
                    @Schema(example = "V-1") String code = "CK-4";
                    String url = "http://x/*y*/"; // "W-5" in a comment
                    /* "K-9" in a block
                       comment */ char quote = '"'; String escaped = "a\\"b";
                    String block = \"""
                        text
                        \""";
                }
                """;
        List<JavaStrings.Literal> literals = JavaStrings.of(source);
        assertEquals(
                List.of("V-1", "CK-4", "http://x/*y*/", "a\\\"b", "\n        text\n        "),
                literals.stream().map(JavaStrings.Literal::value).toList());
        assertEquals(
                List.of(2, 2, 3, 5, 6),
                literals.stream().map(JavaStrings.Literal::line).toList());
        assertEquals("    @Schema(example = ", literals.get(0).codeBefore());
        assertEquals(
                "    @Schema(example = \"\") String code = ", literals.get(1).codeBefore());
    }
}
