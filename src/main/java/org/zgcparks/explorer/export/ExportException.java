package org.zgcparks.explorer.export;

/** An export that could not be done; the message says why in words for the user, and no file was left behind. */
public final class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
