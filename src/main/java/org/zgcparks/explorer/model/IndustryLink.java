package org.zgcparks.explorer.model;

import java.util.List;

/** One or more sources''s statement that a park (or district) has an industry, in a given role. */
public record IndustryLink(String industryId, Role role, List<String> sourceIds, String note) {
    public IndustryLink {
        sourceIds = List.copyOf(sourceIds);
    }
}
