package dev.taskinbox.api;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Reads a task list page in one pass; only a page that holds an item it cannot read is read again,
 * one item at a time, so that the odd item costs itself only (it becomes null and is counted as
 * unreadable). Reading every page item by item went through a JSON tree per task and made a
 * 1,000-task page 2.5 times as costly as plain Gson (ParseBenchmark).
 */
final class ListPages extends Converter.Factory {
    private final Gson strict;
    private final Gson itemByItem;

    ListPages(EnumDialect dialect) {
        this.strict = ReplyJson.create(dialect, false);
        this.itemByItem = ReplyJson.create(dialect, true);
    }

    Wire.TaskListPage read(String json) {
        try {
            return strict.fromJson(json, Wire.TaskListPage.class);
        } catch (JsonParseException | IllegalStateException | NumberFormatException oddItem) {
            // Malformed as a whole, the second reading fails too, and says so.
            return itemByItem.fromJson(json, Wire.TaskListPage.class);
        }
    }

    @Override
    public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
        if (type != Wire.TaskListPage.class) {
            return null;
        }
        return (Converter<ResponseBody, Wire.TaskListPage>) body -> {
            try (body) {
                return read(body.string());
            }
        };
    }
}
