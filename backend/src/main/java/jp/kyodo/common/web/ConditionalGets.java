package jp.kyodo.common.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

/**
 * Makes every API response's ETag follow the body it sends, and answers conditional GETs. A response whose ETag is
 * a record's version ({@link Responses}) gets {@code "<version>-<digest>"}; a GET or HEAD answered 200 without an
 * ETag (lists, exports, figures) gets {@code "<digest>"} ({@link Etags}). A GET or HEAD whose {@code If-None-Match}
 * matches the tag is answered 304 with the ETag (and the other headers) but no body. The body is serialized here,
 * for the digest, by the mapper that would write it, and those bytes are what is sent; a streamed file (an export) is
 * written to memory first.
 * Bodies read from a stream (attachments) get no ETag from here.
 */
public class ConditionalGets {

    @Inject
    ObjectMapper mapper;

    @ServerResponseFilter(priority = 4000)
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        int status = response.getStatus();
        Object entity = response.getEntity();
        if (!path.startsWith("/api/") || status < 200 || status > 299 || entity == null
                || entity instanceof InputStream) {
            return;
        }
        String current = response.getHeaderString(HttpHeaders.ETAG);
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        // the bare "<version>" that Responses sets for a record, completed here with the body's digest
        Long version = current != null && current.indexOf('-') < 0 ? Etags.version(current) : null;
        if (version == null && !(read && status == 200 && current == null)) {
            return;
        }
        byte[] body = bytes(response, entity);
        String tag = version != null ? Etags.record(version, body) : Etags.content(body);
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        if (read && status == 200 && Etags.noneMatchHits(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(304);
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
            response.getHeaders().remove("Content-Disposition");
        }
    }

    private byte[] bytes(ContainerResponseContext response, Object entity) {
        try {
            if (entity instanceof byte[] b) {
                return b;
            }
            if (entity instanceof String s) {
                return s.getBytes(StandardCharsets.UTF_8);
            }
            if (entity instanceof StreamingOutput stream) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                stream.write(out);
                byte[] b = out.toByteArray();
                // The stream may be written once only: send what was written.
                response.setEntity(b, new java.lang.annotation.Annotation[0], response.getMediaType());
                return b;
            }
            byte[] b = mapper.writeValueAsBytes(entity);
            if (response.getMediaType() != null) {
                // sent as they are: the body is serialized once, not once for the digest and again for the wire
                response.setEntity(b, new java.lang.annotation.Annotation[0], response.getMediaType());
            }
            return b;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
