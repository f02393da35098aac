package dev.hermod.llm.openai.internal;

/**
 * JSON without the whitespace between tokens. LangChain4j's OpenAI client pretty-prints every
 * request; a third of a request's bytes were indentation (the tool schemas alone went from 12.5 KB
 * to 8.5 KB), sent on every model call. Strings are copied as they are, escapes included.
 */
final class CompactJson {

    private CompactJson() {
    }

    static String of(String json) {
        StringBuilder out = new StringBuilder(json.length());
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\' && i + 1 < json.length()) {
                    out.append(json.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
