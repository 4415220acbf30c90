package org.zgcparks.explorer.model;

import java.util.List;

/** A Beijing district and the leading industries a source assigns to it. */
public record District(String id, Names names, List<IndustryLink> leadingIndustries) {
    public District {
        leadingIndustries = List.copyOf(leadingIndustries);
    }
}
