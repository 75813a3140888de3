package grader.instructor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Comma-separated values as RFC 4180 writes them, which every gradebook and LMS here reads:
 * lines end in CRLF; a cell with a comma, a quote or a line break is quoted, its quotes doubled.
 * Reading also accepts what spreadsheets save: a byte-order mark, LF line ends, and {@code ;}
 * between cells when the header has no comma (the European locales' CSV).
 */
public final class Csv {

    private Csv() {
    }

    /** One line: the cells, separated by commas, ending in CRLF. */
    public static String line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            line.append(i == 0 ? "" : ",").append(quoted(cells.get(i)));
        }
        return line.append("\r\n").toString();
    }

    /** Every row, header first. */
    public static String of(List<List<String>> rows) {
        StringBuilder csv = new StringBuilder();
        rows.forEach(row -> csv.append(line(row)));
        return csv.toString();
    }

    /** The rows of {@code text}, blank lines left out. */
    public static List<List<String>> parse(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int firstLineEnd = body.indexOf('\n');
        String header = firstLineEnd < 0 ? body : body.substring(0, firstLineEnd);
        char separator = !header.contains(",") && header.contains(";") ? ';' : ',';
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                endRow(rows, row, cell);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted cell is never closed: \"" + cell + "...");
        }
        endRow(rows, row, cell);
        return rows;
    }

    /**
     * The rows after the header, each keyed by its column's name in lower case, without the
     * spaces around it; a short row leaves its last cells empty.
     */
    public static List<Map<String, String>> records(String text) {
        List<List<String>> rows = parse(text);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> header = rows.get(0).stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        List<Map<String, String>> records = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            Map<String, String> record = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                record.put(header.get(i), i < row.size() ? row.get(i).strip() : "");
            }
            records.add(record);
        }
        return records;
    }

    private static void endRow(List<List<String>> rows, List<String> row, StringBuilder cell) {
        row.add(cell.toString());
        cell.setLength(0);
        if (!(row.size() == 1 && row.get(0).isEmpty())) {
            rows.add(row);
        }
    }

    private static String quoted(String cell) {
        return cell.matches("[^,\"\r\n]*") ? cell : "\"" + cell.replace("\"", "\"\"") + "\"";
    }
}
