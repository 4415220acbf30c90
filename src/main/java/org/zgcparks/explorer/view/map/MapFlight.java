package org.zgcparks.explorer.view.map;

import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.util.Duration;
import org.zgcparks.explorer.geo.WebMercator;
import org.zgcparks.explorer.model.GeoPoint;

/** The map's flight from one view to another: zoom and centre eased together in Web Mercator over 450 ms. */
final class MapFlight {

    /** Where each step of the flight goes. */
    interface Views {
        void show(double zoom, double lat, double lon);
    }

    private Timeline flight;

    /** Stops a flight under way, where it is. */
    void stop() {
        if (flight != null) {
            flight.stop();
        }
    }

    void fly(double z0, GeoPoint from, double z1, GeoPoint to, Views views) {
        stop();
        double x0 = WebMercator.normalizedX(from.lon()), y0 = WebMercator.normalizedY(from.lat());
        double x1 = WebMercator.normalizedX(to.lon()), y1 = WebMercator.normalizedY(to.lat());
        DoubleProperty t = new SimpleDoubleProperty(0);
        t.addListener((obs, o, v) -> {
            double f = v.doubleValue();
            double x = x0 + (x1 - x0) * f, y = y0 + (y1 - y0) * f;
            views.show(z0 + (z1 - z0) * f, WebMercator.pixelYToLat(y * WebMercator.TILE_SIZE, 0), x * 360 - 180);
        });
        flight = new Timeline(new KeyFrame(Duration.millis(450), new KeyValue(t, 1, Interpolator.EASE_BOTH)));
        flight.play();
    }
}
