package dev.hermod.skills.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.hermod.api.skill.Skill;
import dev.hermod.skills.internal.ScanFinding.Severity;

/**
 * The skill safety scanner: looks through a skill's SKILL.md and the text of its scripts, references
 * and templates for exfiltration, download-and-run, credential reading, prompt injection and
 * invisible Unicode. It fails closed: a file it cannot read or decode, or an error of its own, is a
 * blocking finding.
 */
final class SkillScanner {

    static final String UNREADABLE = "unreadable";
    static final String SCANNER_ERROR = "scanner-error";
    static final String NOT_FULLY_SCANNED = "not-fully-scanned";
    static final List<String> SCANNED_FOLDERS = List.of("scripts/", "references/", "templates/");
    static final int MAX_BYTES = 1024 * 1024;
    private static final int BINARY_PROBE = 8192;

    private SkillScanner() {
    }

    /** Every finding for {@code skill}; never throws. */
    static List<ScanFinding> scan(Skill skill) {
        try {
            return skill.directory() == null ? scanSourced(skill) : scanFolder(skill.directory());
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(new ScanFinding(SCANNER_ERROR, Severity.BLOCK, SkillFolderScanner.SKILL_FILE, 0,
                    "the scanner failed (" + e.getClass().getSimpleName() + "), so the skill is blocked"));
        }
    }

    /** Whether any finding blocks the skill. */
    static boolean blocks(List<ScanFinding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Severity.BLOCK);
    }

    private static List<ScanFinding> scanSourced(Skill skill) {
        String text = skill.description() + "\n" + String.join("\n", skill.triggers()) + "\n" + skill.body();
        return TextScan.scan("<source>", text);
    }

    private static List<ScanFinding> scanFolder(Path folder) {
        List<ScanFinding> findings = new ArrayList<>(scanFile(folder, SkillFolderScanner.SKILL_FILE));
        List<String> files;
        try {
            files = SupportingFiles.list(folder);
        } catch (IOException e) {
            return List.of(new ScanFinding(UNREADABLE, Severity.BLOCK, ".", 0,
                    "cannot list the supporting files (" + e.getClass().getSimpleName() + ")"));
        }
        files.stream().filter(f -> SCANNED_FOLDERS.stream().anyMatch(f::startsWith))
                .forEach(f -> findings.addAll(scanFile(folder, f)));
        return findings;
    }

    private static List<ScanFinding> scanFile(Path folder, String relative) {
        byte[] bytes;
        long size;
        try (InputStream in = Files.newInputStream(folder.resolve(relative))) {
            size = Files.size(folder.resolve(relative));
            bytes = in.readNBytes(MAX_BYTES);
        } catch (IOException e) {
            return List.of(unreadable(relative, "cannot read it (" + e.getClass().getSimpleName() + ")"));
        }
        if (isBinary(bytes)) {
            return List.of(); // not text: the model cannot read it through skill_view either
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(trimPartial(bytes, size)))
                    .toString();
        } catch (CharacterCodingException e) {
            return List.of(unreadable(relative, "not valid UTF-8 text; save it as UTF-8"));
        }
        List<ScanFinding> findings = new ArrayList<>(TextScan.scan(relative, text));
        if (size > MAX_BYTES) {
            findings.add(new ScanFinding(NOT_FULLY_SCANNED, Severity.WARN, relative, 0,
                    "only the first " + MAX_BYTES + " of " + size + " bytes were scanned (skill_view refuses the file)"));
        }
        return findings;
    }

    private static ScanFinding unreadable(String relative, String why) {
        return new ScanFinding(UNREADABLE, Severity.BLOCK, relative, 0, why);
    }

    private static boolean isBinary(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, BINARY_PROBE); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** A cut at the byte cap may split a UTF-8 sequence; drop that partial character, not the file. */
    private static byte[] trimPartial(byte[] bytes, long size) {
        if (size <= bytes.length) {
            return bytes;
        }
        int end = bytes.length;
        int back = 0;
        while (end > 0 && back < 3 && (bytes[end - 1] & 0xC0) == 0x80) {
            end--;
            back++;
        }
        if (end > 0 && (bytes[end - 1] & 0x80) != 0) {
            end--; // the lead byte of the cut sequence
        }
        return java.util.Arrays.copyOf(bytes, end);
    }
}
