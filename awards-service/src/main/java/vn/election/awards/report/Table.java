package vn.election.awards.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report as a table with Vietnamese headings, written as CSV (Apache Commons CSV, UTF-8, RFC 4180)
 * or as an XLSX workbook (Apache POI) with numbers as numeric cells.
 *
 * @param sheet   the sheet's name in the workbook
 * @param headers the column headings
 * @param rows    the values: strings and numbers
 */
public record Table(String sheet, List<String> headers, List<List<Object>> rows) {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public byte[] csv() {
        var out = new ByteArrayOutputStream();
        try (var printer = new CSVPrinter(
                new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(headers.toArray(String[]::new))
                        .get())) {
            for (List<Object> row : rows) {
                printer.printRecord(row.stream()
                        .map(v -> v instanceof BigDecimal d ? d.toPlainString() : v)
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public byte[] xlsx() {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(this.sheet);
            write(sheet.createRow(0), List.copyOf(headers));
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), rows.get(i));
            }
            // widths from the text length: autoSizeColumn would need the AWT fonts of the host
            for (int column = 0; column < headers.size(); column++) {
                int widest = headers.get(column).length();
                for (List<Object> row : rows) {
                    widest = Math.max(widest, String.valueOf(row.get(column)).length());
                }
                sheet.setColumnWidth(column, Math.min(widest + 2, 100) * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<?> values) {
        for (int column = 0; column < values.size(); column++) {
            Cell cell = row.createCell(column);
            Object value = values.get(column);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value != null) {
                cell.setCellValue(value.toString());
            }
        }
    }
}
