package org.zgcparks.explorer.dataset;

/** The small valid dataset of {@link ValidationTest}, for tests in other packages. */
public final class ValidationTestData {

    public static final String VALID = ValidationTest.VALID;

    private ValidationTestData() {
    }
}
