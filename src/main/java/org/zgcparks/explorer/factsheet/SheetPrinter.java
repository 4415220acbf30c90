package org.zgcparks.explorer.factsheet;

import java.awt.GraphicsEnvironment;
import java.awt.print.Pageable;
import java.awt.print.Printable;
import java.awt.print.PrinterAbortException;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.ServiceUI;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.Media;
import javax.print.attribute.standard.MediaSize;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.OrientationRequested;
import javax.print.attribute.standard.PrinterIsAcceptingJobs;
import javax.print.attribute.standard.PrinterState;
import javax.print.attribute.standard.PrinterStateReasons;
import javax.print.event.PrintJobAdapter;
import javax.print.event.PrintJobEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Printing fact sheets on the system's printers with the Java print service (CUPS on Linux and macOS, the Windows
 * spooler). The print dialog (printer, copies, page range, paper, orientation) is Java's system dialog; the sheet is
 * then laid out for the paper and orientation chosen there and printed as the PDF itself: sent as PDF to printers
 * that take PDF (CUPS does, so text stays text and nothing is rasterised), else drawn page by page through
 * PDFBox's {@link PDFPageable}. Nothing here touches JavaFX; callers run it off the UI thread.
 */
public final class SheetPrinter {

    /** The printer and settings chosen in the print dialog. */
    public record Choice(PrintService printer, PrintRequestAttributeSet attributes) {

        /** The paper and orientation to lay the sheet out for (A4 portrait when the dialog set none). */
        public PageFormat pageFormat() {
            PageFormat.Paper paper = PageFormat.Paper.A4;
            if (attributes.get(Media.class) instanceof MediaSizeName name) {
                MediaSize size = MediaSize.getMediaSizeForName(name);
                if (size != null) {
                    paper = PageFormat.Paper.closest(size.getX(MediaSize.MM), size.getY(MediaSize.MM));
                }
            }
            Object o = attributes.get(OrientationRequested.class);
            boolean landscape = o == OrientationRequested.LANDSCAPE || o == OrientationRequested.REVERSE_LANDSCAPE;
            return new PageFormat(paper, landscape);
        }
    }

    /** Asks the user how to print; empty when they cancel. */
    @FunctionalInterface
    public interface Dialog {
        Optional<Choice> ask(PrintService defaultPrinter, PrintRequestAttributeSet initial);
    }

    /** What was sent where. */
    public record Receipt(String printer, int pages) {
    }

    private SheetPrinter() {
    }

    /** The system's default printer, else its first printer; empty when there is none. */
    public static Optional<PrintService> defaultPrinter() {
        PrintService d = PrintServiceLookup.lookupDefaultPrintService();
        if (d != null) {
            return Optional.of(d);
        }
        PrintService[] all = PrintServiceLookup.lookupPrintServices(null, null);
        return all.length == 0 ? Optional.empty() : Optional.of(all[0]);
    }

    /** The initial settings of the dialog: the paper of the given format, portrait or landscape. */
    public static PrintRequestAttributeSet initial(PageFormat format, String jobName) {
        PrintRequestAttributeSet set = new HashPrintRequestAttributeSet();
        set.add(switch (format.paper()) {
            case LETTER -> MediaSizeName.NA_LETTER;
            case LEGAL -> MediaSizeName.NA_LEGAL;
            case A3 -> MediaSizeName.ISO_A3;
            case A5 -> MediaSizeName.ISO_A5;
            case A4 -> MediaSizeName.ISO_A4;
        });
        set.add(format.landscape() ? OrientationRequested.LANDSCAPE : OrientationRequested.PORTRAIT);
        set.add(new JobName(jobName, null));
        return set;
    }

    /**
     * Java's print dialog, on the printers of the system (it needs a display: with none it says so). It blocks the
     * calling thread until closed, so call it off the UI thread.
     */
    public static Dialog systemDialog() {
        return (printer, initial) -> {
            if (GraphicsEnvironment.isHeadless()) {
                throw new IllegalStateException("The print dialog needs a display; export a PDF instead");
            }
            PrintService[] all = PrintServiceLookup.lookupPrintServices(null, null);
            PrintService chosen = ServiceUI.printDialog(null, 120, 120, all.length == 0 ? new PrintService[] {printer} : all,
                    printer, null, initial);
            return chosen == null ? Optional.empty() : Optional.of(new Choice(chosen, initial));
        };
    }

    /** No dialog: the default printer with the initial settings (for tests and scripted checks). */
    public static Dialog noDialog() {
        return (printer, initial) -> Optional.of(new Choice(printer, initial));
    }

    /**
     * Prints a PDF with the chosen settings and returns once the print system has the job.
     *
     * @param progress counts the pages drawn when the printer does not take PDF, and can cancel
     * @throws FactSheetException with the print system's reason when the printer refuses or the job fails
     */
    public static Receipt print(Path pdf, Choice choice, Progress progress) throws FactSheetException {
        PrintService printer = choice.printer();
        String name = printer.getName();
        if (printer.getAttribute(PrinterIsAcceptingJobs.class) == PrinterIsAcceptingJobs.NOT_ACCEPTING_JOBS) {
            throw new FactSheetException("The printer " + name + " is not accepting jobs" + reasons(printer));
        }
        if (progress.isCancelled()) {
            // a Cancel that came while the pages were laid out or the printer was asked stops the job before it is sent
            throw new CancellationException("cancelled");
        }
        PrintRequestAttributeSet attrs = new HashPrintRequestAttributeSet(choice.attributes());
        // the PDF is already laid out for the chosen paper and orientation: let the printer place pages as they are
        attrs.remove(OrientationRequested.class);
        int pages;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            pages = doc.getNumberOfPages();
            if (printer.isDocFlavorSupported(DocFlavor.INPUT_STREAM.PDF)) {
                sendPdf(pdf, printer, attrs);
            } else {
                draw(doc, printer, attrs, progress);
            }
        } catch (IOException e) {
            throw new FactSheetException("Cannot read the sheet to print: " + e.getMessage(), e);
        }
        return new Receipt(name, pages);
    }

    private static void sendPdf(Path pdf, PrintService printer, PrintRequestAttributeSet attrs) throws FactSheetException {
        DocPrintJob job = printer.createPrintJob();
        AtomicReference<String> failure = new AtomicReference<>();
        // the Java print service reports a job's fate to listeners while print() runs
        job.addPrintJobListener(new PrintJobAdapter() {
            @Override
            public void printJobFailed(PrintJobEvent e) {
                failure.set("the print system reported a failure");
            }

            @Override
            public void printJobCanceled(PrintJobEvent e) {
                failure.set("the job was cancelled");
            }
        });
        try (InputStream in = Files.newInputStream(pdf)) {
            job.print(new SimpleDoc(in, DocFlavor.INPUT_STREAM.PDF, null), attrs);
        } catch (PrintException e) {
            throw new FactSheetException("The printer " + printer.getName() + " refused the job: " + e.getMessage()
                    + reasons(printer), e);
        } catch (IOException e) {
            throw new FactSheetException("Cannot read the sheet to print: " + e.getMessage(), e);
        }
        if (failure.get() != null) {
            throw new FactSheetException("Printing on " + printer.getName() + " failed: " + failure.get() + reasons(printer));
        }
    }

    private static void draw(PDDocument doc, PrintService printer, PrintRequestAttributeSet attrs, Progress progress)
            throws FactSheetException {
        PrinterJob job = PrinterJob.getPrinterJob();
        try {
            job.setPrintService(printer);
            PDFPageable pdf = new PDFPageable(doc);
            progress.start(pdf.getNumberOfPages());
            job.setPageable(new Pageable() {
                @Override
                public int getNumberOfPages() {
                    return pdf.getNumberOfPages();
                }

                // java.awt's page format, written out because this package has its own PageFormat
                @Override
                public java.awt.print.PageFormat getPageFormat(int page) {
                    return pdf.getPageFormat(page);
                }

                @Override
                public Printable getPrintable(int page) {
                    Printable inner = pdf.getPrintable(page);
                    return (g, format, index) -> {
                        if (progress.isCancelled()) {
                            job.cancel();
                        }
                        int result = inner.print(g, format, index);
                        progress.reach(index + 1);
                        return result;
                    };
                }
            });
            job.print(attrs);
        } catch (PrinterAbortException e) {
            throw new CancellationException("cancelled");
        } catch (PrinterException e) {
            throw new FactSheetException("Printing on " + printer.getName() + " failed: " + e.getMessage()
                    + reasons(printer), e);
        }
    }

    /** "; printer state: stopped (media-empty)" where the print system says more, else nothing. */
    private static String reasons(PrintService printer) {
        StringBuilder s = new StringBuilder();
        PrinterState state = printer.getAttribute(PrinterState.class);
        if (state != null && state != PrinterState.UNKNOWN) {
            s.append("; printer state: ").append(state);
        }
        PrinterStateReasons reasons = printer.getAttribute(PrinterStateReasons.class);
        if (reasons != null && !reasons.isEmpty()) {
            s.append(" (").append(String.join(", ", reasons.keySet().stream().map(Object::toString).toList())).append(')');
        }
        return s.toString();
    }
}
