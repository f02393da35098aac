package dev.hermod.terminal.local.internal.policy;

import java.util.Set;

/** Commands whose output is code nobody has seen: downloads and decoders. */
final class Sources {

    private static final Set<String> DOWNLOADERS = Set.of("curl", "wget", "wget2", "fetch", "aria2c", "http", "https",
            "xh", "xhs", "lwp-request", "lwp-download", "GET", "POST", "nc", "ncat", "netcat", "socat", "ftp", "tftp");
    private static final Set<String> ALWAYS_DECODE = Set.of("uudecode", "gunzip", "zcat", "gzcat", "bunzip2", "bzcat",
            "xzcat", "unxz", "unzstd", "zstdcat", "lzcat", "unlzma", "rev", "tr");
    private static final Set<String> COMPRESSORS = Set.of("gzip", "bzip2", "xz", "zstd", "lzma", "lz4", "pigz");

    private Sources() {}

    /** Whether it fetches something from the network. */
    static boolean downloads(Invocation invocation) { return DOWNLOADERS.contains(invocation.name()); }

    /** Whether it turns encoded or compressed text back into something runnable. */
    static boolean decodes(Invocation invocation) {
        String name = invocation.name();
        if (ALWAYS_DECODE.contains(name)) return true;
        return switch (name) {
            case "base64", "base32", "basenc" -> invocation.hasOption("-d", "-D", "--decode");
            case "xxd" -> invocation.hasOption("-r", "-revert");
            case "openssl" -> invocation.texts().contains("-d") || invocation.texts().contains("-base64")
                    || invocation.texts().contains("base64");
            default -> COMPRESSORS.contains(name) && invocation.hasOption("-d", "--decompress", "--uncompress");
        };
    }
}
