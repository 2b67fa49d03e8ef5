package org.vigil.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfWriter;
import org.vigil.testing.PdfPages;

@DisplayName("A ruled table set straight onto the page")
class RuledTableTest {

    private static final Font BODY = new Font(PrintFont.find(PrintFont.INSTALLED_CJK).base(), 7f);

    private static RuledTable.Cell cell(String text) {
        return RuledTable.Cell.left(List.of(new Run(text, BODY)));
    }

    @Test
    @DisplayName("rows run onto further pages, each page starting with the header, and no row is cut in two")
    void pagesAndHeaders() {
        byte[] pdf = print(table -> IntStream.rangeClosed(1, 120).forEach(i ->
                table.row(List.of(cell("Row " + i), cell("first line\nsecond line")), null)));
        assertThat(PdfPages.pages(pdf)).isGreaterThan(2);
        for (int page = 1; page <= PdfPages.pages(pdf); page++) {
            String text = PdfPages.text(pdf, page);
            assertThat(text).as("page %d", page).startsWith("Number Text");
            // A row and its two lines are on the same page.
            long rows = text.lines().filter(l -> l.startsWith("Row ")).count();
            assertThat(text.lines().filter(l -> l.equals("second line")).count()).isEqualTo(rows);
        }
        String all = PdfPages.text(pdf);
        assertThat(IntStream.rangeClosed(1, 120)).allSatisfy(i -> assertThat(all).contains("Row " + i + " first line"));
    }

    @Test
    @DisplayName("a row taller than a page is broken between its lines and carries on under the header of the next page")
    void rowTallerThanAPage() {
        List<String> many = new ArrayList<>();
        IntStream.rangeClosed(1, 150).forEach(i -> many.add("Signature " + i));
        byte[] pdf = print(table -> table.row(List.of(cell("Row 1"), cell(String.join("\n", many))), null));
        assertThat(PdfPages.pages(pdf)).isEqualTo(3);
        String all = PdfPages.text(pdf);
        assertThat(IntStream.rangeClosed(1, 150)).allSatisfy(i -> assertThat(all).contains("Signature " + i + "\n"));
        assertThat(PdfPages.text(pdf, 2)).startsWith("Number Text");
    }

    private static byte[] print(java.util.function.Consumer<RuledTable> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A5, 28, 28, 40, 40);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        Sheet sheet = new Sheet(document, writer);
        RuledTable table = new RuledTable(sheet, new float[] {1, 3}, List.of(cell("Number"), cell("Text")), null, 7f);
        rows.accept(table);
        document.close();
        return out.toByteArray();
    }
}
