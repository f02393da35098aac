package dev.hermod.skills.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hermod.skills.internal.ScanFinding.Severity;

/** Runs every scanner rule over the text of one file. */
final class TextScan {

    static final String INVISIBLE_UNICODE = "invisible-unicode";
    static final String HIDDEN_INSTRUCTION = "hidden-instruction";
    static final String TOO_COMPLEX = "too-complex";
    static final int MAX_FINDINGS_PER_FILE = 50;
    /** How many lines after an "install this first" phrase may hold the URL. */
    static final int INSTALL_LOOKAHEAD = 2;

    private static final Pattern INSTALL_FIRST = Pattern.compile("(?i)\\b(?:(?:install|run|download|execute)\\s+"
            + "(?:this|these|it|the\\s+(?:following|script|installer))\\s+first|(?:run|execute|launch)\\s+(?:this|the"
            + "|our)\\s+(?:installer|install(?:ation)?\\s+script|setup\\s+script|bootstrap\\s+script)|download\\s+and\\s+"
            + "(?:run|execute|install)|before\\s+(?:anything|continuing|you\\s+start),?\\s+(?:install|run|execute))\\b");
    private static final Pattern SCRIPT_URL = Pattern.compile("(?i)https?://\\S{1,300}?(?:\\.(?:sh|bash|py|pl|rb|ps1|bat|cmd"
            + "|exe|msi|pkg|dmg|deb|rpm|appimage|jar|bin|run)\\b|/(?:install|setup|bootstrap|get)(?:\\.\\w{1,6})?(?:[\\s?#)\"'`]|$))");
    private static final Pattern DIRECTIVE = Pattern.compile("(?i)\\b(?:assistant|ai|model|agent|llm|claude|gpt|chatbot)\\b"
            + ".{0,200}?\\b(?:must|should|always|never|instead|secretly|silently|do\\s+not|don'?t|ignore|run|execute|send"
            + "|upload|post)\\b|\\b(?:secretly|silently|quietly)\\s+(?:run|execute|send|upload|post|install|add|copy|delete)\\b",
            Pattern.DOTALL);

    private static final String QUOTES = "\"'`\u201C\u2018\u00AB";

    private final String file;
    private final ReadBudget budget;
    private final List<ScanFinding> findings = new ArrayList<>();

    private TextScan(String file, ReadBudget budget) {
        this.file = file;
        this.budget = budget;
    }

    /** The findings in {@code text}, the contents of {@code file}. */
    static List<ScanFinding> scan(String file, String text) {
        TextScan scan = new TextScan(file, new ReadBudget(text.length()));
        String[] lines = text.split("\r\n|\r|\n", -1);
        int i = 0;
        try {
            for (; i < lines.length && scan.room(); i++) {
                scan.line(lines, i);
            }
            scan.comments(text);
        } catch (ReadBudget.Spent e) {
            scan.findings.add(new ScanFinding(TOO_COMPLEX, Severity.BLOCK, file, Math.min(i + 1, lines.length),
                    "the text makes the scanner work too hard to be checked; simplify or split long lines"));
        }
        return List.copyOf(scan.findings);
    }

    private boolean room() {
        return findings.size() < MAX_FINDINGS_PER_FILE;
    }

    private void line(String[] lines, int index) {
        String line = lines[index];
        List<String> fired = new ArrayList<>();
        for (LineRules.Rule rule : LineRules.RULES) {
            Matcher m = rule.pattern().matcher(budget.wrap(line));
            if (!fired.contains(rule.id()) && found(rule, m, line)) {
                fired.add(rule.id());
                add(rule.id(), index + 1, Excerpts.of(line, m.start()));
            }
        }
        int invisible = InvisibleChars.find(line, index == 0);
        if (invisible >= 0) {
            add(INVISIBLE_UNICODE, index + 1, Excerpts.of(line, invisible));
        }
        Matcher install = INSTALL_FIRST.matcher(budget.wrap(line));
        if (!fired.contains(LineRules.DOWNLOAD_AND_RUN) && install.find() && scriptUrlNear(lines, index, install.end())) {
            add(LineRules.DOWNLOAD_AND_RUN, index + 1, Excerpts.of(line, install.start()));
        }
    }

    /**
     * Whether the rule fires. An injection phrase right after a quote mark is a mention (a skill warning
     * about injected documents quotes the phrase), not an order.
     */
    private static boolean found(LineRules.Rule rule, Matcher m, String line) {
        while (m.find()) {
            if (!rule.id().equals(LineRules.PROMPT_INJECTION) || m.start() == 0
                    || QUOTES.indexOf(line.charAt(m.start() - 1)) < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean scriptUrlNear(String[] lines, int index, int from) {
        if (SCRIPT_URL.matcher(lines[index]).region(from, lines[index].length()).find()) {
            return true;
        }
        for (int i = index + 1; i < Math.min(lines.length, index + 1 + INSTALL_LOOKAHEAD); i++) {
            if (SCRIPT_URL.matcher(lines[i]).find()) {
                return true;
            }
        }
        return false;
    }

    /** HTML comments are invisible in rendered markdown; instructions to the model in one are hidden orders. */
    private void comments(String text) {
        int open = text.indexOf("<!--");
        while (open >= 0 && room()) {
            int close = text.indexOf("-->", open + 4);
            String inside = text.substring(open + 4, close < 0 ? text.length() : close);
            boolean injected = LineRules.RULES.stream().anyMatch(r -> r.id().equals(LineRules.PROMPT_INJECTION)
                    && r.pattern().matcher(budget.wrap(inside)).find());
            if (injected || DIRECTIVE.matcher(budget.wrap(inside)).find()) {
                add(HIDDEN_INSTRUCTION, lineOf(text, open), Excerpts.of(inside.replaceAll("\\s+", " ").strip(), 0));
            }
            open = close < 0 ? -1 : text.indexOf("<!--", close + 3);
        }
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private void add(String rule, int line, String excerpt) {
        if (room()) {
            findings.add(new ScanFinding(rule, Severity.BLOCK, file, line, excerpt));
        }
    }
}
