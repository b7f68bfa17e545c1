package vn.lamtheobac.shared.web;

import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The version an API update read, which every update of {@code /api/v1} must carry so that it never overwrites a change
 * it did not see: the body's {@code version}, or else an {@code If-Match} header ({@code "3"}, {@code W/"3"} or
 * {@code 3}). Neither answers 428 Precondition Required with a problem detail saying so; never the current version
 * read on the caller's behalf.
 */
public final class ApiVersions {

    private static final Pattern ETAG = Pattern.compile("\\s*(?:W/)?\"?(\\d{1,9})\"?\\s*");

    private ApiVersions() {}

    public static int required(Integer fromBody) {
        if (fromBody != null) {
            return fromBody;
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            String ifMatch = attributes.getRequest().getHeader(HttpHeaders.IF_MATCH);
            if (ifMatch != null) {
                var matcher = ETAG.matcher(ifMatch);
                if (matcher.matches()) {
                    return Integer.parseInt(matcher.group(1));
                }
            }
        }
        throw new VersionRequiredException();
    }

    /** An update without the version it read. */
    static final class VersionRequiredException extends RuntimeException {
        VersionRequiredException() {
            super("version or If-Match required");
        }
    }
}
