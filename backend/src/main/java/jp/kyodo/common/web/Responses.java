package jp.kyodo.common.web;

import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Builds responses that carry the representation's version as ETag. */
public final class Responses {

    private Responses() {
    }

    public static Response ok(Object body, long version) {
        return Response.ok(body).tag(Versions.etag(version)).build();
    }

    public static Response created(String location, Object body, long version) {
        return Response.created(URI.create(location)).entity(body).tag(Versions.etag(version)).build();
    }
}
