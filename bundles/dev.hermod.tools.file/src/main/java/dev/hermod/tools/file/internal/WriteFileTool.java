package dev.hermod.tools.file.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import dev.hermod.api.propertytypes.HermodTool;
import dev.hermod.api.tool.Tool;
import dev.hermod.api.tool.ToolContext;
import dev.hermod.api.tool.ToolResult;
import dev.hermod.api.tool.ToolSpec;

/** {@code write_file}: creates or replaces a whole file, atomically. */
@Component(service = Tool.class, configurationPid = "hermod.tools.file")
@HermodTool(name = "write_file", toolset = "file")
public final class WriteFileTool extends FileTool {

    private static final ToolSpec SPEC = new ToolSpec("write_file",
            "Write a whole text file, creating missing parent folders; an existing file is replaced atomically. "
                    + "For small changes to an existing file prefer patch.",
            """
            {"type":"object","properties":{
              "path":{"type":"string","description":"File path, absolute or relative to the working directory"},
              "content":{"type":"string","description":"The complete new content of the file"}
            },"required":["path","content"]}""",
            "file", false, ToolSpec.Approval.NEVER);

    @Activate
    public WriteFileTool(FileToolsConfig config) {
        this(new FileAccessPolicy(config, userHome()));
    }

    WriteFileTool(FileAccessPolicy policy) {
        super(policy);
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    ToolResult run(ToolArguments arguments, ToolContext context) throws ToolFailure, IOException {
        Path path = policy.resolve(arguments.requiredString("path"), context, Access.WRITE);
        String content = arguments.requiredString("content");
        if (Files.isDirectory(path)) {
            throw new ToolFailure(path + " is a folder; give a file path inside it");
        }
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        boolean created = AtomicWriter.write(path, bytes);
        int lines = Lines.count(content);
        return ToolResult.ok((created ? "Created " : "Overwrote ") + path + " (" + bytes.length
                + (bytes.length == 1 ? " byte, " : " bytes, ") + lines + (lines == 1 ? " line)." : " lines)."));
    }
}
