package dev.taskinbox.api;

import java.util.Locale;
import java.util.Optional;

/**
 * How one request is written: where the key goes and how enums are spelled. Reply's current pages
 * show {@link #CURRENT} (Bearer, camelCase strings); the seed shows {@link #SEED} (X-API-Key,
 * integers). Mixed forms exist too (the G1.5 pages), so each half is negotiated on its own.
 */
public record WireForm(AuthScheme auth, EnumDialect enums) {
    public static final WireForm CURRENT = new WireForm(AuthScheme.BEARER, EnumDialect.STRINGS);
    public static final WireForm SEED = new WireForm(AuthScheme.X_API_KEY, EnumDialect.INTEGERS);

    WireForm withAuth(AuthScheme scheme) {
        return new WireForm(scheme, enums);
    }

    WireForm withEnums(EnumDialect dialect) {
        return new WireForm(auth, dialect);
    }

    static AuthScheme other(AuthScheme scheme) {
        return scheme == AuthScheme.BEARER ? AuthScheme.X_API_KEY : AuthScheme.BEARER;
    }

    static EnumDialect other(EnumDialect dialect) {
        return dialect == EnumDialect.STRINGS ? EnumDialect.INTEGERS : EnumDialect.STRINGS;
    }

    /** The dialect that goes with a scheme when nothing better is known: the generations travel together. */
    static EnumDialect usualWith(AuthScheme scheme) {
        return scheme == AuthScheme.BEARER ? EnumDialect.STRINGS : EnumDialect.INTEGERS;
    }

    /** "BEARER STRINGS": how the form is stored. */
    public String text() {
        return auth.name() + " " + enums.name();
    }

    /** Reads {@link #text()}; empty for anything else (a hand-edited or damaged file). */
    public static Optional<WireForm> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.strip().toUpperCase(Locale.ROOT).split("\\s+");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WireForm(AuthScheme.valueOf(parts[0]), EnumDialect.valueOf(parts[1])));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** For the rep: "the key in Authorization: Bearer, enums as names". */
    public String describe() {
        return "the key in " + (auth == AuthScheme.BEARER ? "Authorization: Bearer" : "X-API-Key")
                + ", enums as " + (enums == EnumDialect.STRINGS ? "names" : "numbers");
    }
}
