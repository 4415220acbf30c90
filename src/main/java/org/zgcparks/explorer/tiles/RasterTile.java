package org.zgcparks.explorer.tiles;

/** A decoded tile image: {@code width × height} pixels, row by row, as ARGB ints. */
public record RasterTile(int width, int height, int[] argb) {
    public RasterTile {
        if (argb.length != width * height) {
            throw new IllegalArgumentException("pixel count does not match the size");
        }
    }
}
