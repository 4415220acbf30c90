package org.zgcparks.explorer.model;

import java.util.Arrays;
import java.util.Optional;

/** How strongly a source ties an industry to a park or district. */
public enum Role {
    LEADING("leading"),
    DEVELOPING("developing"),
    PLANNED("planned");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Role> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
