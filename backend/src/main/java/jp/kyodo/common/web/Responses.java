package jp.kyodo.common.web;

import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Builds responses that carry the representation's version as ETag. Resource methods return
 * {@code RestResponse<T>}, so that the OpenAPI document takes the 200 response's schema from {@code T} (a 201 names
 * it with {@code @APIResponseSchema}).
 */
public final class Responses {

    private Responses() {
    }

    /** 200 with the record and its version as ETag. */
    public static <T extends Versioned> RestResponse<T> ok(T body) {
        return RestResponse.ResponseBuilder.ok(body).tag(Versions.etag(body.version())).build();
    }

    /** 200 with a representation whose ETag is not a record's version (e.g. one computed over several records). */
    public static <T> RestResponse<T> ok(T body, long version) {
        return RestResponse.ResponseBuilder.ok(body).tag(Versions.etag(version)).build();
    }

    /** 201 with the new record, its Location and its version as ETag. */
    public static <T extends Versioned> RestResponse<T> created(String location, T body) {
        return RestResponse.ResponseBuilder.<T>created(URI.create(location)).entity(body)
                .tag(Versions.etag(body.version())).build();
    }
}
