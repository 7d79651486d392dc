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
 * the dialect the server speaks. A value it does not know becomes the {@code unknown} constant
 * rather than an error, so one odd task never hides the others.
 */
final class WireEnumAdapter<E extends Enum<E>> extends TypeAdapter<E> {
    private final Map<Integer, E> byCode = new HashMap<>();
    private final Map<E, Integer> codes = new HashMap<>();
    private final Map<String, E> byName = new HashMap<>();
    private final Map<E, String> names = new HashMap<>();
    private final E unknown;
    private final DialectTracker dialect;

    WireEnumAdapter(E unknown, DialectTracker dialect) {
        this.unknown = unknown;
        this.dialect = dialect;
    }

    WireEnumAdapter<E> value(int code, String name, E constant) {
        byCode.put(code, constant);
        codes.put(constant, code);
        byName.put(name.toLowerCase(Locale.ROOT), constant);
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
        String raw = in.nextString().strip();
        E byItsName = byName.get(raw.toLowerCase(Locale.ROOT));
        if (byItsName != null) {
            dialect.saw(EnumDialect.STRINGS);
            return byItsName;
        }
        try {
            E byItsCode = byCode.getOrDefault(Integer.parseInt(raw), unknown);
            if (token == JsonToken.NUMBER) {
                dialect.saw(EnumDialect.INTEGERS);
            }
            return byItsCode;
        } catch (NumberFormatException notANumber) {
            return unknown;
        }
    }

    @Override
    public void write(JsonWriter out, E value) throws IOException {
        if (value == null || !codes.containsKey(value)) {
            out.nullValue();
        } else if (dialect.current() == EnumDialect.STRINGS) {
            out.value(names.get(value));
        } else {
            out.value(codes.get(value));
        }
    }
}
