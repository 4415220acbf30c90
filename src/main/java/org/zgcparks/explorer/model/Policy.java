package org.zgcparks.explorer.model;

import java.util.List;

/**
 * A policy, plan or official decision.
 *
 * @param date      ISO-like, possibly partial (2015, 2009-03, 2009-03-13)
 * @param appliesTo ids of the parks or regions it covers
 */
public record Policy(String id, LocalizedText title, String issuer, String date, LocalizedText summary,
                     List<String> appliesTo, List<String> sourceIds) {
    public Policy {
        appliesTo = List.copyOf(appliesTo);
        sourceIds = List.copyOf(sourceIds);
    }
}
