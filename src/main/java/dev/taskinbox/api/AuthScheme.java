package dev.taskinbox.api;

/** How the key travels: the seed's {@code X-API-Key} header, or the newest docs' {@code Authorization: Bearer}. */
public enum AuthScheme {
    X_API_KEY,
    BEARER
}
