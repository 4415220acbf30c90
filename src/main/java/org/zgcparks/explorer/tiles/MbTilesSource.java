package org.zgcparks.explorer.tiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.sqlite.SQLiteConfig;

/**
 * Reads tiles from an MBTiles file (SQLite, read-only). MBTiles numbers rows from the south (TMS), so row
 * {@code y} of the map is row {@code 2^z - 1 - y} in the file. Opening checks that the file is SQLite with a
 * {@code tiles} table and says what is wrong otherwise.
 */
public final class MbTilesSource implements AutoCloseable {

    private final Path file;
    private final Connection connection;
    private final PreparedStatement query;
    private final Map<String, String> metadata;

    private MbTilesSource(Path file, Connection connection, PreparedStatement query, Map<String, String> metadata) {
        this.file = file;
        this.connection = connection;
        this.query = query;
        this.metadata = metadata;
    }

    /** Opens a file; the exception's message is fit to show to the user. */
    public static MbTilesSource open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("MBTiles file not found: " + file);
        }
        byte[] head = new byte[16];
        try (var in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 16) < 16 || !new String(head, 0, 15, StandardCharsets.US_ASCII)
                    .equals("SQLite format 3")) {
                throw new IOException(file + " is not an MBTiles file (not an SQLite database)");
            }
        }
        Connection c = null;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            Map<String, String> meta = new HashMap<>();
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT name, value FROM metadata")) {
                while (rs.next()) {
                    meta.put(rs.getString(1), rs.getString(2));
                }
            } catch (SQLException noMetadata) {
                // metadata is optional for reading
            }
            PreparedStatement q = c.prepareStatement(
                    "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?");
            return new MbTilesSource(file, c, q, Map.copyOf(meta));
        } catch (SQLException e) {
            closeQuietly(c);
            throw new IOException(file + " is not a readable MBTiles file: " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** The file's own name for itself, else the file name. */
    public String name() {
        return metadata.getOrDefault("name", file.getFileName().toString());
    }

    /** The attribution the file carries (may hold HTML, which is stripped). */
    public String attribution() {
        return metadata.getOrDefault("attribution", "").replaceAll("<[^>]*>", "").strip();
    }

    /** The tile's bytes at map row {@code key.y()}, if the file has it. */
    public synchronized Optional<byte[]> read(TileKey key) throws IOException {
        long tmsRow = (1L << key.zoom()) - 1 - key.y();
        try {
            query.setInt(1, key.zoom());
            query.setLong(2, key.x());
            query.setLong(3, tmsRow);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IOException("cannot read tile " + key + " from " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing a read-only file
            }
        }
    }
}
