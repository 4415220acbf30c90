package org.zgcparks.explorer.model;

import java.util.Arrays;
import java.util.Optional;

/** Whether a figure is a result or a goal. */
public enum MetricKind {
    ACTUAL("actual"),
    TARGET("target");

    private final String id;

    MetricKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<MetricKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
