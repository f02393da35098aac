package dev.hermod.core.internal;

import java.util.concurrent.atomic.AtomicInteger;

import dev.hermod.api.tool.Tool;
import dev.hermod.api.tool.ToolContext;
import dev.hermod.api.tool.ToolResult;
import dev.hermod.api.tool.ToolSpec;

/** A tool whose behaviour the test supplies. */
final class TestTool implements Tool {
    interface Body { ToolResult run(String args, ToolContext ctx) throws Exception; }

    private final ToolSpec spec;
    private final Body body;
    final AtomicInteger calls = new AtomicInteger();

    TestTool(String name, boolean readOnly, ToolSpec.Approval approval, Body body) {
        this.spec = new ToolSpec(name, "test tool " + name, null, "test", readOnly, approval);
        this.body = body;
    }

    static TestTool echo(String name) {
        return new TestTool(name, false, ToolSpec.Approval.NEVER, (a, c) -> ToolResult.ok(name + " got " + a));
    }

    @Override public ToolSpec spec() { return spec; }

    @Override
    public ToolResult execute(String arguments, ToolContext context) throws Exception {
        calls.incrementAndGet();
        return body.run(arguments, context);
    }
}
