package dev.hermod.terminal.local.internal.shell;

/**
 * A redirection.
 *
 * @param operator {@code >}, {@code >>}, {@code <}, {@code <<}, {@code <<-}, {@code <<<}, {@code >&},
 *        {@code &>} ... without the file descriptor number
 * @param target the file, descriptor or here-string word; for a here-document its delimiter
 * @param heredoc the here-document, or {@code null}
 */
public record Redirect(String operator, Word target, HereDocument heredoc) {

    /** Whether this redirection may write to its target as a file. */
    public boolean writes() {
        return switch (operator) {
            case ">", ">>", ">|", "&>", "&>>", "<>" -> true;
            case ">&" -> !target.literal().map(t -> t.equals("-") || t.chars().allMatch(Character::isDigit)).orElse(false);
            default -> false;
        };
    }

    /** Whether it feeds standard input from text in the command line ({@code <<}, {@code <<-}, {@code <<<}). */
    public boolean inlineInput() { return operator.startsWith("<<"); }

    /** The text fed to standard input by a here-document or here-string, or {@code null}. */
    public Word inlineText() {
        if (heredoc != null) return heredoc.body();
        return "<<<".equals(operator) ? target : null;
    }
}
