package org.zgcparks.explorer.factsheet;

/** A fact sheet could not be made; the message is fit to show to the user. */
public final class FactSheetException extends Exception {
    private static final long serialVersionUID = 1L;

    public FactSheetException(String message) {
        super(message);
    }

    public FactSheetException(String message, Throwable cause) {
        super(message, cause);
    }
}
