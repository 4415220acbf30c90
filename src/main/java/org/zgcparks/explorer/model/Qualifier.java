package org.zgcparks.explorer.model;

import java.util.Arrays;
import java.util.Optional;

/** How a source qualifies a figure ("more than 50", "nearly 70%"). */
public enum Qualifier {
    EXACT("exact"),
    MORE_THAN("more-than"),
    LESS_THAN("less-than"),
    ABOUT("about"),
    NEARLY("nearly");

    private final String id;

    Qualifier(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Qualifier> fromId(String id) {
        return Arrays.stream(values()).filter(q -> q.id.equals(id)).findFirst();
    }
}
