package dev.taskinbox.api;

import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an enum from either wire dialect (integer code or string name, any case) and writes it in
 * one fixed dialect (the client has a Gson per dialect, so a request's spelling never changes under it).
 * A value it does not know becomes the {@code unknown} constant
 * rather than an error, so one odd task never hides the others.
 */
final class WireEnumAdapter<E extends Enum<E>> extends TypeAdapter<E> {
    private final Map<Integer, E> byCode = new HashMap<>();
    private final Map<E, Integer> codes = new HashMap<>();
    private final Map<String, E> byName = new HashMap<>();
    private final Map<String, E> byExactName = new HashMap<>();
    private final Map<E, String> names = new HashMap<>();
    private final E unknown;
    private final EnumDialect writes;

    WireEnumAdapter(E unknown, EnumDialect writes) {
        this.unknown = unknown;
        this.writes = writes;
    }

    WireEnumAdapter<E> value(int code, String name, E constant) {
        byCode.put(code, constant);
        codes.put(constant, code);
        byName.put(name.toLowerCase(Locale.ROOT), constant);
        byExactName.put(name, constant);
        names.put(constant, name);
        return this;
    }

    @Override
    public E read(JsonReader in) throws IOException {
        JsonToken token = in.peek();
        if (token == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        if (token != JsonToken.NUMBER && token != JsonToken.STRING) {
            in.skipValue();
            return unknown;
        }
        if (token == JsonToken.NUMBER) {
            // The seed's dialect; the hot path of a 1,000-task page, so no string work here.
            String number = in.nextString();
            E byItsCode = byCode.get(parseCode(number));
            return byItsCode == null ? unknown : byItsCode;
        }
        String raw = in.nextString().strip();
        E exact = byExactName.get(raw);
        if (exact != null) {
            return exact;
        }
        E byItsName = byName.get(raw.toLowerCase(Locale.ROOT));
        if (byItsName != null) {
            return byItsName;
        }
        E byItsCode = byCode.get(parseCode(raw));
        return byItsCode == null ? unknown : byItsCode;
    }

    /** The integer code, or null for anything that is not a whole number in int range. */
    private static Integer parseCode(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException notAnInteger) {
            return null;
        }
    }

    @Override
    public void write(JsonWriter out, E value) throws IOException {
        if (value == null || !codes.containsKey(value)) {
            out.nullValue();
        } else if (writes == EnumDialect.STRINGS) {
            out.value(names.get(value));
        } else {
            out.value(codes.get(value));
        }
    }
}
