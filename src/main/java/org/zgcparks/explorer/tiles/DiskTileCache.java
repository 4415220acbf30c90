package org.zgcparks.explorer.tiles;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Tiles on disk, one file per tile under {@code root/source/z/x/y.tile}, each holding the image bytes and the
 * server's freshness data. Files are written to a temporary file and renamed into place, so a crash never leaves a
 * half tile. The total size is capped: the least recently used tiles are deleted first (recency survives
 * restarts as the files' modification times). A file that cannot be read back is deleted and reported as a miss.
 * Thread-safe.
 */
public final class DiskTileCache {

    private static final Logger LOG = Logger.getLogger(DiskTileCache.class.getName());
    private static final int MAGIC = 0x5A475431; // "ZGT1"
    private static final int MAX_TILE_BYTES = 4 * 1024 * 1024;
    public static final long DEFAULT_CAP_BYTES = 500L * 1024 * 1024;

    /** A tile read from the cache. */
    public record Entry(byte[] bytes, CacheMeta meta) {
    }

    private final Path root;
    private volatile long capBytes;
    private final Clock clock;
    /** Files by recency, least recent first; built from the folder on first use. */
    private final LinkedHashMap<Path, Long> index = new LinkedHashMap<>(256, 0.75f, true);
    private long totalBytes;
    private boolean indexed;

    public DiskTileCache(Path root, long capBytes, Clock clock) {
        if (capBytes <= 0) {
            throw new IllegalArgumentException("the cache size must be positive");
        }
        this.root = root;
        this.capBytes = capBytes;
        this.clock = clock;
    }

    public Path root() {
        return root;
    }

    public long capBytes() {
        return capBytes;
    }

    private Path fileOf(String source, TileKey key) {
        return root.resolve(source).resolve(Integer.toString(key.zoom())).resolve(Long.toString(key.x()))
                .resolve(key.y() + ".tile");
    }

    /** The cached tile, if there is a readable one; a corrupt file is deleted. */
    public Optional<Entry> get(String source, TileKey key) {
        Path file = fileOf(source, key);
        byte[] raw;
        try {
            raw = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot read cached tile " + file + "; discarding it", e);
            discard(file);
            return Optional.empty();
        }
        try {
            Entry entry = decode(raw);
            touch(file, raw.length);
            return Optional.of(entry);
        } catch (IOException | RuntimeException e) {
            LOG.warning("Cached tile " + file + " is corrupt (" + e.getMessage() + "); discarding it");
            discard(file);
            return Optional.empty();
        }
    }

    /** Stores a tile atomically, then evicts the least recently used tiles above the cap. */
    public void put(String source, TileKey key, byte[] bytes, CacheMeta meta) {
        Path file = fileOf(source, key);
        try {
            Files.createDirectories(file.getParent());
            byte[] raw = encode(bytes, meta);
            Path tmp = Files.createTempFile(file.getParent(), ".tile-", ".tmp");
            try {
                Files.write(tmp, raw);
                Files.setLastModifiedTime(tmp, FileTime.from(clock.instant()));
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            synchronized (this) {
                ensureIndexed();
                Long old = index.put(file, (long) raw.length);
                totalBytes += raw.length - (old == null ? 0 : old);
                evict();
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "Cannot write tile " + key + " to the cache at " + file, e);
        }
    }

    /** Deletes one tile (e.g. one whose bytes turned out not to be an image). */
    public void remove(String source, TileKey key) {
        discard(fileOf(source, key));
    }

    /** Changes the size cap, evicting at once if the cache is now over it. */
    public synchronized void setCapBytes(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("the cache size must be positive");
        }
        capBytes = bytes;
        ensureIndexed();
        evict();
    }

    /** The bytes the cache holds now (as far as it knows). */
    public synchronized long sizeBytes() {
        ensureIndexed();
        return totalBytes;
    }

    /** Deletes every cached tile. */
    public synchronized void clear() {
        ensureIndexed();
        for (Path p : new ArrayList<>(index.keySet())) {
            discard(p);
        }
        index.clear();
        totalBytes = 0;
    }

    private void touch(Path file, long size) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(clock.instant()));
        } catch (IOException ignored) {
            // recency is then only kept for this run
        }
        synchronized (this) {
            ensureIndexed();
            Long old = index.put(file, size);
            totalBytes += size - (old == null ? 0 : old);
        }
    }

    private void discard(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot delete cached tile " + file, e);
        }
        synchronized (this) {
            Long old = index.remove(file);
            if (old != null) {
                totalBytes -= old;
            }
        }
    }

    private void evict() {
        Iterator<Map.Entry<Path, Long>> it = index.entrySet().iterator();
        while (totalBytes > capBytes && it.hasNext()) {
            Map.Entry<Path, Long> eldest = it.next();
            try {
                Files.deleteIfExists(eldest.getKey());
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot evict cached tile " + eldest.getKey(), e);
            }
            totalBytes -= eldest.getValue();
            it.remove();
        }
    }

    /** Reads the folder once: every tile file, oldest first, so that recency carries over from earlier runs. */
    private void ensureIndexed() {
        if (indexed) {
            return;
        }
        indexed = true;
        if (!Files.isDirectory(root)) {
            return;
        }
        record Found(Path path, long size, Instant used) {
        }
        List<Found> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.getFileName().toString().endsWith(".tile")).forEach(p -> {
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    found.add(new Found(p, a.size(), a.lastModifiedTime().toInstant()));
                } catch (IOException ignored) {
                    // vanished meanwhile
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "Cannot list the tile cache " + root, e);
        }
        found.sort((a, b) -> a.used().compareTo(b.used()));
        for (Found f : found) {
            index.put(f.path(), f.size());
            totalBytes += f.size();
        }
        evict();
    }

    private static byte[] encode(byte[] bytes, CacheMeta meta) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 128);
        try (DataOutputStream d = new DataOutputStream(out)) {
            d.writeInt(MAGIC);
            d.writeLong(meta.expires().toEpochMilli());
            d.writeUTF(meta.etag());
            d.writeUTF(meta.lastModified());
            d.writeInt(bytes.length);
            d.write(bytes);
        }
        return out.toByteArray();
    }

    private static Entry decode(byte[] raw) throws IOException {
        try (DataInputStream d = new DataInputStream(new ByteArrayInputStream(raw))) {
            if (d.readInt() != MAGIC) {
                throw new IOException("not a tile cache file");
            }
            Instant expires = Instant.ofEpochMilli(d.readLong());
            String etag = d.readUTF();
            String lastModified = d.readUTF();
            int n = d.readInt();
            if (n <= 0 || n > MAX_TILE_BYTES || n != d.available()) {
                throw new IOException("truncated or oversized tile (" + n + " bytes declared, " + d.available() + " present)");
            }
            byte[] bytes = d.readNBytes(n);
            return new Entry(bytes, new CacheMeta(expires, etag, lastModified));
        }
    }

    /** For tests: the file a tile is stored in. */
    Path pathOf(String source, TileKey key) {
        return fileOf(source, key);
    }
}
