package org.zgcparks.explorer.dataset;

import java.util.List;

/** A dataset that could not be loaded, with every problem found in it. */
public final class DatasetException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public DatasetException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        sb.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
        for (Problem p : problems) {
            sb.append(System.lineSeparator()).append("  ").append(p.format());
        }
        return sb.toString();
    }
}
