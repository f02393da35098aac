package dev.hermod.terminal.local.internal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ShellParserTest {

    private static List<String> words(Script script, int pipeline, int command) {
        Command c = script.pipelines().get(pipeline).commands().get(command);
        return ((SimpleCommand) c).words().stream().map(Word::text).toList();
    }

    @Test
    void removesQuotesAndEscapesLikeBash() throws Exception {
        Script script = ShellParser.parse("'r'\"m\" -\\r\\f $'\\x2f' \"a b\"");
        assertEquals(List.of("rm", "-rf", "/", "a b"), words(script, 0, 0));
    }

    @Test
    void unquotedIfsSeparatesWordsButQuotedIfsDoesNot() throws Exception {
        assertEquals(List.of("rm", "-rf", "/"), words(ShellParser.parse("rm${IFS}-rf$IFS/"), 0, 0));
        assertEquals(1, words(ShellParser.parse("\"rm${IFS}-rf\""), 0, 0).size());
    }

    @Test
    void splitsListsAndPipelines() throws Exception {
        Script script = ShellParser.parse("a | b |& c && d || e; f & g\nh");
        assertEquals(6, script.pipelines().size());
        assertEquals(3, script.pipelines().getFirst().commands().size());
        assertTrue(script.pipelines().get(3).background());
    }

    @Test
    void keepsSubstitutionsAsScripts() throws Exception {
        Word word = ((SimpleCommand) ShellParser.parse("echo \"$(rm -rf /)\" `id` <(ls)").pipelines().getFirst()
                .commands().getFirst()).words().get(1);
        assertTrue(word.dynamic());
        assertEquals(List.of("rm", "-rf", "/"), words(word.scripts().getFirst(), 0, 0));
    }

    @Test
    void readsHereDocumentBodiesAfterTheLine() throws Exception {
        Script script = ShellParser.parse("cat <<EOF | bash\nrm -rf $HOME\nEOF\necho after");
        Redirect redirect = ((SimpleCommand) script.pipelines().getFirst().commands().getFirst()).redirects().getFirst();
        assertEquals("rm -rf $HOME\n", redirect.heredoc().body().text());
        assertEquals(List.of("echo", "after"), words(script, 1, 0));
    }

    @Test
    void quotedHereDocumentDelimiterKeepsTheBodyLiteral() throws Exception {
        Script script = ShellParser.parse("cat <<-'END'\n\t$(x)\n\tEND\n");
        Redirect redirect = ((SimpleCommand) script.pipelines().getFirst().commands().getFirst()).redirects().getFirst();
        assertEquals("$(x)\n", redirect.heredoc().body().literal().orElseThrow());
    }

    @Test
    void parsesRedirectionsWithDescriptors() throws Exception {
        SimpleCommand command = (SimpleCommand) ShellParser.parse("make 2>&1 >>log &>/dev/null <in").pipelines()
                .getFirst().commands().getFirst();
        assertEquals(List.of(">&", ">>", "&>", "<"), command.redirects().stream().map(Redirect::operator).toList());
        assertEquals(List.of("make"), command.words().stream().map(Word::text).toList());
    }

    @Test
    void understandsCompoundCommandsAndFunctions() throws Exception {
        Script script = ShellParser.parse(":(){ :|:& };:");
        FunctionDefinition function = assertInstanceOf(FunctionDefinition.class, script.pipelines().getFirst().commands().getFirst());
        assertEquals(":", function.name());
        Script caseScript = ShellParser.parse("case $x in a|b) echo one;; *) echo two;; esac");
        assertInstanceOf(CompoundCommand.class, caseScript.pipelines().getFirst().commands().getFirst());
        ShellParser.parse("for ((i=0; i<3; i++)); do echo $i; done");
        ShellParser.parse("while read -r l; do echo \"$l\"; done < f");
        ShellParser.parse("x=(a \"$(b)\" c); echo ${x[@]} $((1 + 2))");
    }

    @Test
    void rejectsWhatBashWouldReject() {
        for (String bad : List.of("echo \"open", "echo 'open", "echo $(open", "echo `open", "( ls", "ls )",
                "{ ls; ", "echo ${x", "case x in a) ls;;", "a ;; b")) {
            assertThrows(ShellSyntaxException.class, () -> ShellParser.parse(bad), bad);
        }
    }
}
