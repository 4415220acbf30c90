package org.zgcparks.explorer.model;

import java.util.List;

/**
 * An industry of the taxonomy. {@code groupIds} name the groups it belongs to (e.g. the six future industries).
 *
 * @param projectReading a reading that goes beyond the sources (e.g. what an unclear name probably means), marked as
 *                       the project's own (empty if none)
 */
public record Industry(String id, Names names, List<String> groupIds, List<String> aliases,
                       LocalizedText projectReading) {
    public Industry {
        groupIds = List.copyOf(groupIds);
        aliases = List.copyOf(aliases);
        projectReading = projectReading == null ? LocalizedText.EMPTY : projectReading;
    }
}
