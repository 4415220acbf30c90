package org.zgcparks.explorer.dataset;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zgcparks.explorer.model.DateSpec;

/**
 * Rules for the written forms of single fields that the mapper checks: paragraph locators of citations and dates.
 * Each returns the problem in words, or empty when the value is well formed.
 */
final class FieldRules {

    /**
     * A paragraph locator: {@code ¶N} or {@code ¶N–M} (the article's Nth body paragraph, or N to M), optionally
     * preceded by the section heading the count starts under: {@code Northern Territory ¶3}.
     */
    static final Pattern LOCATOR = Pattern.compile("(?:([^¶,]*[^¶,\\s]), )?¶([1-9]\\d{0,2})(?:[–-]([1-9]\\d{0,2}))?");

    static final String DATE_FORMS = "YYYY, YYYY-MM or YYYY-MM-DD, a range \"2022/2024\", \"../2024\" (by 2024) "
            + "or \"2016-12~\" (approximately)";

    private FieldRules() {
    }

    static Optional<String> locatorProblem(String at) {
        Matcher m = LOCATOR.matcher(at);
        if (!m.matches()) {
            return Optional.of("locator \"" + at + "\" must be \"¶N\", \"¶N–M\" or \"Section heading, ¶N\" "
                    + "(N counts the body paragraphs of the article, or of the named section)");
        }
        if (m.group(3) != null && Integer.parseInt(m.group(3)) <= Integer.parseInt(m.group(2))) {
            return Optional.of("locator \"" + at + "\": the last paragraph must come after the first");
        }
        return Optional.empty();
    }

    static Optional<String> dateProblem(String date) {
        if (DateSpec.parse(date).isPresent()) {
            return Optional.empty();
        }
        if (DateSpec.isReversedRange(date)) {
            return Optional.of("the date range \"" + date + "\" must start before it ends");
        }
        return Optional.of("\"" + date + "\" is not a date of the form " + DATE_FORMS);
    }
}
