package dev.hermod.itests;

/** JSON text for scripted model replies (the tests carry no JSON library). */
final class Json {

    private Json() {
    }

    /** A JSON object of string fields: key, value, key, value ... */
    static String object(String... keysAndValues) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (i > 0) out.append(',');
            out.append(quote(keysAndValues[i])).append(':').append(quote(keysAndValues[i + 1]));
        }
        return out.append('}').toString();
    }

    /** What the skill loop's review answers, wrapped in prose and a code fence as models do. */
    static String review(String action, String name, String skillMd) {
        return "This task is worth a playbook.\n```json\n" + object("action", action, "name", name, "skill_md", skillMd) + "\n```";
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }
}
