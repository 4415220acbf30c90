package org.zgcparks.explorer.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zgcparks.explorer.settings.SettingsStore;
import org.zgcparks.explorer.tiles.OfflineBasemap;
import org.zgcparks.explorer.tiles.TilePrefs;
import org.zgcparks.explorer.tiles.TileSource;
import org.zgcparks.explorer.tiles.TileSourceChoice;
import org.zgcparks.explorer.tiles.TileSourceFactory;

class TileSettingsViewModelTest {

    @TempDir
    Path dir;
    TileSourceFactory services;
    SettingsStore settings;
    AtomicReference<TileSource> inUse = new AtomicReference<>();
    TileSettingsViewModel tiles;

    @BeforeEach
    void setUp() {
        services = new TileSourceFactory(dir.resolve("cache"), 50L << 20, "ZGCParksExplorer-test", new OfflineBasemap());
        settings = new SettingsStore(dir.resolve("settings.properties"));
        inUse.set(TileSourceFactory.offlineOnly(services.basemap()));
        tiles = new TileSettingsViewModel(settings, services, inUse::get, inUse::set);
    }

    @AfterEach
    void tearDown() {
        inUse.get().shutdown();
    }

    @Test
    void applyingSetsTheCacheCapSwitchesTheSourceAndSavesBoth() {
        TileSource before = inUse.get();
        assertEquals(TilePrefs.DEFAULT_CACHE_MB, tiles.cacheMb());
        assertEquals(Optional.empty(), tiles.applyTileSettings(new TileSourceChoice.Offline(), 123));
        assertEquals(123L << 20, services.cache().capBytes());
        assertTrue(inUse.get() != before, "the map got a new tile service");
        before.shutdown();
        assertInstanceOf(TileSourceChoice.Offline.class, tiles.source());
        SettingsStore reread = new SettingsStore(dir.resolve("settings.properties"));
        assertEquals(Optional.of("offline"), reread.get("tiles.source"));
        assertEquals(123, TilePrefs.cacheMb(reread));
    }

    @Test
    void aSourceThatCannotBeOpenedLeavesTheMapAndSaysWhy() {
        TileSource before = inUse.get();
        Optional<String> problem = tiles.applyTileSettings(
                new TileSourceChoice.MbTiles(dir.resolve("missing.mbtiles"), ""), 200);
        assertTrue(problem.isPresent() && !problem.get().isBlank(), "a reason: " + problem);
        assertSame(before, inUse.get());
        SettingsStore reread = new SettingsStore(dir.resolve("settings.properties"));
        assertEquals(Optional.empty(), reread.get("tiles.source"), "the unusable source is not remembered");
        assertEquals(200, TilePrefs.cacheMb(reread));
    }
}
