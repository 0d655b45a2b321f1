package jp.kyodo.common.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A session cookie or bearer token presented by the caller. */
public class TokenAuthenticationRequest extends BaseAuthenticationRequest {

    private final String token;

    public TokenAuthenticationRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
