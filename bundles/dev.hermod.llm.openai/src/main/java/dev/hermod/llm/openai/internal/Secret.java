package dev.hermod.llm.openai.internal;

/** An API key that never shows itself: {@code toString()} is a placeholder. */
final class Secret {
    static final Secret NONE = new Secret("");

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    static Secret of(String value) {
        return value == null || value.isBlank() ? NONE : new Secret(value.strip());
    }

    /** The key itself, for the Authorization header only. */
    String reveal() {
        return value;
    }

    boolean isPresent() {
        return !value.isEmpty();
    }

    /** {@code text} with every occurrence of the key replaced, for messages that echo a request. */
    String redact(String text) {
        return value.length() < 4 || text == null ? text : text.replace(value, "<redacted>");
    }

    @Override
    public String toString() {
        return isPresent() ? "<redacted>" : "<none>";
    }
}
