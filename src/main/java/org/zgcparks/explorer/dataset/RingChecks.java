package org.zgcparks.explorer.dataset;

/**
 * Counts outline positions against {@link DatasetLimits} before any geometry is checked, so that the work per ring
 * and per dataset stays bounded: a ring above the per-ring limit, or one that would take the dataset above its
 * total, is refused with a message that says the limit, and is not checked further.
 */
final class RingChecks {

    private final DatasetLimits limits;
    private long positions;

    RingChecks(DatasetLimits limits) {
        this.limits = limits;
    }

    /** Admits a ring of {@code count} positions, returning null, or says why it cannot be admitted. */
    String admit(int count) {
        if (count > limits.maxRingPositions()) {
            return "the ring has " + count + " positions, more than the " + limits.maxRingPositions()
                    + " positions a ring may have; simplify the outline (e.g. to 1 m accuracy)";
        }
        if (positions + count > limits.maxPositions()) {
            return "the outlines have more than " + limits.maxPositions()
                    + " positions in all, the most a dataset may have; simplify the outlines (e.g. to 1 m accuracy)";
        }
        positions += count;
        return null;
    }
}
