package grader.instructor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void whatIsWrittenReadsBackCellForCell() {
        List<List<String>> rows = List.of(List.of("name", "notes"),
                List.of("Doe, Jane", "said \"hi\"\nthen left"), List.of("plain", ""));

        assertThat(Csv.parse(Csv.of(rows))).isEqualTo(rows);
        assertThat(Csv.of(rows)).startsWith("name,notes\r\n\"Doe, Jane\",\"said \"\"hi\"\"\nthen left\"\r\n");
    }

    @Test
    void aSpreadsheetsFileReadsTooWithItsMarkLineEndsAndSemicolons() {
        assertThat(Csv.records("\uFEFFGitHub Username ; Name\nalice;Alice Liddell\n\nbob\n"))
                .containsExactly(Map.of("github username", "alice", "name", "Alice Liddell"),
                        Map.of("github username", "bob", "name", ""));
    }

    @Test
    void aQuoteNeverClosedIsAnErrorThatShowsWhere() {
        assertThatThrownBy(() -> Csv.parse("a,b\n\"open,1\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never closed: \"open,1");
    }
}
