package org.vigil.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a printed PDF as a person would: its text, its fonts, and its pages as pictures under target/screenshots/. */
public final class PdfPages {

    private static final Path DIR = Path.of("target", "screenshots");

    private PdfPages() {}

    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one page, counted from 1. */
    public static String text(byte[] pdf, int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each page's size in points as it is shown, width × height (a page turned by /Rotate counted turned), so a test can tell A4 from Letter and portrait from landscape. */
    public static List<String> sizes(byte[] pdf) {
        List<String> sizes = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                long w = Math.round(page.getMediaBox().getWidth());
                long h = Math.round(page.getMediaBox().getHeight());
                sizes.add(page.getRotation() % 180 == 0 ? w + "×" + h : h + "×" + w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sizes;
    }

    /** Every font used on every page, and whether the file carries it. */
    public static List<String> fonts(byte[] pdf) {
        List<String> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : " NOT EMBEDDED"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fonts.stream().distinct().toList();
    }

    /** Saves the first pages as PNG at 110 dpi, enough to read seven-point type; returns the files. */
    public static List<Path> png(byte[] pdf, String name, int pages) {
        List<Path> files = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            Files.createDirectories(DIR);
            for (int i = 0; i < Math.min(pages, document.getNumberOfPages()); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 110);
                Path file = DIR.resolve(name + "-" + (i + 1) + ".png");
                ImageIO.write(image, "png", file.toFile());
                files.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
