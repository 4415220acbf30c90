package org.zgcparks.explorer.task;

/** The work of a {@link BackgroundTask}: runs on the work executor and may report progress through its context. */
@FunctionalInterface
public interface Work<T> {

    T call(TaskContext task) throws Exception;
}
