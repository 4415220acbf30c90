package org.zgcparks.explorer.dataset;

/**
 * Every limit a dataset file must keep, in one place. They bound the time and memory a file can take, whatever it
 * holds: its size is checked before and while reading, the JSON reader counts values, array elements, nesting and
 * string lengths, and the mapper counts ring positions before it checks any geometry. Park outlines of the real
 * dataset have at most a few hundred positions; the limits leave ample room for detailed surveys.
 *
 * @param maxBytes         size of the file
 * @param maxValues        JSON values in the whole file (objects, arrays, strings, numbers, booleans, nulls)
 * @param maxArrayLength   elements of any one array
 * @param maxNestingDepth  arrays and objects inside each other
 * @param maxStringLength  characters of any one string
 * @param maxRingPositions positions of one outline ring
 * @param maxPositions     positions of all outline rings of the dataset together
 */
public record DatasetLimits(long maxBytes, int maxValues, int maxArrayLength, int maxNestingDepth,
                            int maxStringLength, int maxRingPositions, int maxPositions) {

    /** The limits of the app: a 50 MB file, 4 million values, 100000 positions a ring and a million in all. */
    public static final DatasetLimits DEFAULT = new DatasetLimits(50L * 1024 * 1024, 4_000_000, 1_000_000, 64,
            1_000_000, 100_000, 1_000_000);

    public DatasetLimits withMaxBytes(long bytes) {
        return new DatasetLimits(bytes, maxValues, maxArrayLength, maxNestingDepth, maxStringLength, maxRingPositions,
                maxPositions);
    }

    public DatasetLimits withMaxValues(int values) {
        return new DatasetLimits(maxBytes, values, maxArrayLength, maxNestingDepth, maxStringLength, maxRingPositions,
                maxPositions);
    }

    public DatasetLimits withPositions(int perRing, int inAll) {
        return new DatasetLimits(maxBytes, maxValues, maxArrayLength, maxNestingDepth, maxStringLength, perRing, inAll);
    }
}
