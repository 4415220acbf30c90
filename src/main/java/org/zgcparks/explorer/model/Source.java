package org.zgcparks.explorer.model;

/** One of the articles the dataset is built from. {@code date} is ISO-like and may be partial. */
public record Source(String id, String title, String publisher, String date, String language) {
}
