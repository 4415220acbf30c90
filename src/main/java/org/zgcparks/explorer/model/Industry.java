package org.zgcparks.explorer.model;

import java.util.List;

/** An industry of the taxonomy. {@code groupIds} name the groups it belongs to (e.g. the six future industries). */
public record Industry(String id, Names names, List<String> groupIds, List<String> aliases) {
    public Industry {
        groupIds = List.copyOf(groupIds);
        aliases = List.copyOf(aliases);
    }
}
