package org.zgcparks.explorer.dataset;

/**
 * One thing wrong with a dataset file, with where it is: the file, the JSON pointer of the value
 * (RFC 6901, e.g. {@code /parks/3/centre/lat}) and its line and column (1-based; 0 when unknown).
 */
public record Problem(String file, String pointer, int line, int column, String message) {

    /** {@code file:line:column: message (at /json/pointer)}, the form compilers use, so editors can jump to it. */
    public String format() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line).append(':').append(column);
        }
        sb.append(": ").append(message);
        if (pointer != null && !pointer.isEmpty()) {
            sb.append(" (at ").append(pointer).append(')');
        }
        return sb.toString();
    }
}
