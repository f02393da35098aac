package dev.hermod.tools.file.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A text file loaded for a tool, refused when missing, a folder, too big or binary. */
record TextFile(Path path, String text, long size) {

    private static final int SNIFF_BYTES = 8192;

    /** Loads {@code path} (canonical) as UTF-8 text, malformed bytes replaced. */
    static TextFile load(Path path, long maxBytes) throws ToolFailure {
        try {
            if (!Files.exists(path)) {
                throw new ToolFailure("no such file: " + path + ". Check the path, or find the file with "
                        + "search_files target=files.");
            }
            if (Files.isDirectory(path)) {
                throw new ToolFailure(path + " is a folder, not a file; list it with search_files target=files path="
                        + path);
            }
            if (!Files.isRegularFile(path)) {
                throw new ToolFailure(path + " is not a regular file (a device, pipe or socket); the file tools only "
                        + "read regular files.");
            }
            long size = Files.size(path);
            if (size > maxBytes) {
                throw new ToolFailure(path + " is " + Sizes.human(size) + ", more than max_read_bytes ("
                        + Sizes.human(maxBytes) + "); find the part you need with search_files, or raise "
                        + "max_read_bytes (PID hermod.tools.file).");
            }
            byte[] bytes = Files.readAllBytes(path);
            if (hasNul(bytes, Math.min(bytes.length, SNIFF_BYTES))) {
                throw new ToolFailure(path + " is a binary file (" + Sizes.human(size) + "); the file tools only "
                        + "handle text. Inspect it with the terminal tool (file, xxd, strings) instead.");
            }
            return new TextFile(path, new String(bytes, StandardCharsets.UTF_8), size);
        } catch (IOException e) {
            throw new ToolFailure("cannot read " + path + ": " + e);
        }
    }

    /** True when the start of the file holds a NUL byte, the usual sign of a binary file. */
    static boolean looksBinary(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(SNIFF_BYTES);
            return hasNul(head, head.length);
        }
    }

    private static boolean hasNul(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
