package vn.election.gateway.routing;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * One answer of the tally service as {@link PublishedCache} keeps it: the status, the headers worth keeping
 * and the whole body. The response headers are built once, when the answer arrives, as Netty's pre-encoded
 * names and values, so that each cache hit only copies references and writes (a cached read should
 * cost about what a static file costs).
 */
final class CachedAnswer {

    /** The answer headers that are worth keeping; connection-level ones are the gateway's own business. */
    private static final List<CharSequence> KEPT = List.of(
            HttpHeaders.CONTENT_TYPE,
            HttpHeaders.ETAG,
            HttpHeaders.LAST_MODIFIED,
            HttpHeaders.CACHE_CONTROL,
            HttpHeaders.VARY,
            HttpHeaders.CONTENT_LANGUAGE);

    private record Header(CharSequence name, CharSequence value) {}

    private final int status;
    private final String etag;
    private final Buffer body;
    /** Every kept header, for a full answer. */
    private final List<Header> headers;
    /** The same without {@code Content-Type}: a 304 has no content. */
    private final List<Header> notModifiedHeaders;

    private CachedAnswer(int status, String etag, Buffer body, List<Header> headers) {
        this.status = status;
        this.etag = etag;
        this.body = body;
        this.headers = List.copyOf(headers);
        this.notModifiedHeaders = headers.stream()
                .filter(header -> !HttpHeaders.CONTENT_TYPE
                        .toString()
                        .equalsIgnoreCase(header.name().toString()))
                .toList();
    }

    /**
     * Keeps the {@link #KEPT} headers of a backend answer, and gives a full answer the gateway's
     * {@code Cache-Control} when the service sent none.
     */
    static CachedAnswer of(int status, MultiMap backendHeaders, Buffer body, String defaultCacheControl) {
        List<Header> headers = new ArrayList<>();
        for (CharSequence name : KEPT) {
            for (String value : backendHeaders.getAll(name)) {
                headers.add(new Header(name, HttpHeaders.createOptimized(value)));
            }
        }
        if (status == 200 && !backendHeaders.contains(HttpHeaders.CACHE_CONTROL)) {
            headers.add(new Header(HttpHeaders.CACHE_CONTROL, HttpHeaders.createOptimized(defaultCacheControl)));
        }
        return new CachedAnswer(status, backendHeaders.get(HttpHeaders.ETAG), body, headers);
    }

    int status() {
        return status;
    }

    /** Only full answers are reused; a 404 now may be published a moment later. */
    boolean reusable() {
        return status == 200;
    }

    /**
     * Ends the response with this answer, or with 304 and the validators when {@code ifNoneMatch} (the
     * caller's header, may be null) names this answer's entity tag.
     */
    void writeTo(HttpServerResponse response, String ifNoneMatch) {
        boolean notModified = status == 200 && etag != null && matches(ifNoneMatch, etag);
        MultiMap out = response.headers();
        for (Header header : notModified ? notModifiedHeaders : headers) {
            out.add(header.name(), header.value());
        }
        if (notModified) {
            response.setStatusCode(304).end();
        } else {
            response.setStatusCode(status).end(body);
        }
    }

    /** RFC 9110 section 13.1.2: weak comparison, a list of tags, or {@code *}. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String wanted = weakless(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || weakless(tag).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static String weakless(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
