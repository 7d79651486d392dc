package dev.taskinbox.settings;

import java.util.Optional;

/** Where the API key is kept between runs: never the settings file, never a log. */
public interface ApiKeyStore {

    Optional<String> load();

    void save(String apiKey);

    void clear();

    /** Where the key is, in words for the settings view ("the system keyring", "a private file in ..."). */
    String describe();
}
