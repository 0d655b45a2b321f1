package jp.kyodo.common.web;

/**
 * A representation of a versioned record: its {@link #version()} is what the response's {@code ETag} carries and
 * what an update sends back in {@code If-Match}. The response records implement it, so that {@link Responses} can
 * set the ETag from the body itself.
 */
public interface Versioned {

    long version();
}
