package org.zgcparks.explorer.model;

import java.util.Arrays;
import java.util.Optional;

/** What sort of place a park record describes. The order is the order of the park list's groups. */
public enum ParkKind {
    DEVELOPMENT_ZONE("development-zone"),
    SUB_PARK("sub-park"),
    SCIENCE_CITY("science-city"),
    CLUSTER("cluster"),
    SCIENCE_PARK("science-park"),
    STREET("street"),
    DISTINCTIVE_PARK("distinctive-park"),
    /** A park, zone or street a source says is being built or will be built, not (yet) a designated park. */
    PROJECT("project"),
    BONDED_ZONE("bonded-zone");

    private final String id;

    ParkKind(String id) {
        this.id = id;
    }

    /** The identifier used in dataset files and CSS classes. */
    public String id() {
        return id;
    }

    public static Optional<ParkKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
