package org.zgcparks.explorer.viewmodel;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.zgcparks.explorer.settings.SettingsStore;
import org.zgcparks.explorer.tiles.DiskTileCache;
import org.zgcparks.explorer.tiles.TilePrefs;
import org.zgcparks.explorer.tiles.TileSource;
import org.zgcparks.explorer.tiles.TileSourceChoice;
import org.zgcparks.explorer.tiles.TileSourceFactory;

/**
 * Settings › Map tiles: the tile source in use and the cache's size limit, and the one command that changes them
 * ({@link #applyTileSettings}): it sets the cache's cap, opens the chosen source, hands it to the map and saves both.
 */
public final class TileSettingsViewModel {

    private final SettingsStore settings;
    private final TileSourceFactory services;
    private final Supplier<TileSource> inUse;
    private final Consumer<TileSource> use;

    /**
     * @param inUse the tile service the map shows now
     * @param use   switches the map to another tile service
     */
    public TileSettingsViewModel(SettingsStore settings, TileSourceFactory services, Supplier<TileSource> inUse,
                                 Consumer<TileSource> use) {
        this.settings = settings;
        this.services = services;
        this.inUse = inUse;
        this.use = use;
    }

    /** The source the map shows now. */
    public TileSourceChoice source() {
        return inUse.get().spec();
    }

    /** The saved cache size limit, in MB. */
    public int cacheMb() {
        return TilePrefs.cacheMb(settings);
    }

    /** The disk cache (its size and folder are shown in the dialog). */
    public DiskTileCache cache() {
        return services.cache();
    }

    /** Empties the disk cache. */
    public void clearCache() {
        services.cache().clear();
    }

    /**
     * Sets the cache's cap and switches to the source, and remembers both. A source that cannot be opened leaves
     * the map on its current one (the cache size is still kept) and says why.
     *
     * @return why the source cannot be used, if it cannot
     */
    public Optional<String> applyTileSettings(TileSourceChoice source, int cacheMb) {
        services.cache().setCapBytes(cacheMb * 1024L * 1024L);
        TilePrefs.saveCacheMb(settings, cacheMb);
        TileSource next;
        try {
            next = services.create(source, false);
        } catch (IOException e) {
            settings.save();
            return Optional.of(String.valueOf(e.getMessage()));
        }
        use.accept(next);
        TilePrefs.saveSource(settings, source);
        settings.save();
        return Optional.empty();
    }
}
