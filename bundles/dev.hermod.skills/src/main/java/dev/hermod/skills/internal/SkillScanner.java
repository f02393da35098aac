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
 * The skill safety scanner: looks through a skill's SKILL.md, the text of every supporting file
 * (scripts, references, templates, assets) and the file list {@code skill_view} shows for exfiltration, download-and-run, credential reading, prompt injection and
 * invisible Unicode. It fails closed: a file it cannot read or decode, or an error of its own, is a
 * blocking finding.
 */
final class SkillScanner {

    static final String UNREADABLE = "unreadable";
    static final String SCANNER_ERROR = "scanner-error";
    static final String NOT_FULLY_SCANNED = "not-fully-scanned";
    static final int MAX_BYTES = 1024 * 1024;
    private static final int BINARY_PROBE = 8192;

    private SkillScanner() {
    }

    /** Every finding for {@code skill}; never throws. */
    static List<ScanFinding> scan(Skill skill) {
        try {
            List<ScanFinding> findings = new ArrayList<>(skill.directory() == null ? scanSourced(skill)
                    : scanFolder(skill.directory()));
            findings.addAll(TextScan.scan(SkillText.FILE_LIST, SkillText.footer(skill)));
            return findings;
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(failed(SkillFolderScanner.SKILL_FILE, e));
        }
    }

    /**
     * Every finding in {@code text}, the contents of {@code file}; never throws (a failure of the
     * scanner is a blocking finding). For text about to be served to the model.
     */
    static List<ScanFinding> scanText(String file, String text) {
        try {
            return TextScan.scan(file, text);
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(failed(file, e));
        }
    }

    /** The bytes as UTF-8 text, refusing malformed input. */
    static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** The finding for text that is not UTF-8. */
    static ScanFinding notUtf8(String relative) {
        return unreadable(relative, "not valid UTF-8 text; save it as UTF-8");
    }

    private static ScanFinding failed(String file, Throwable e) {
        return new ScanFinding(SCANNER_ERROR, Severity.BLOCK, file, 0,
                "the scanner failed (" + e.getClass().getSimpleName() + "), so the skill is blocked");
    }

    /** Whether any finding blocks the skill. */
    static boolean blocks(List<ScanFinding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Severity.BLOCK);
    }

    /** What skills_list and skill_view show of a source skill: its description, triggers and rendering. */
    private static List<ScanFinding> scanSourced(Skill skill) {
        String text = skill.description() + "\n" + String.join("\n", skill.triggers()) + "\n" + SkillText.rendered(skill);
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
        files.forEach(f -> findings.addAll(scanFile(folder, f)));
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
            text = decode(trimPartial(bytes, size));
        } catch (CharacterCodingException e) {
            return List.of(notUtf8(relative));
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

    /** NUL in the first 8 KiB: not text. */
    static boolean isBinary(byte[] bytes) {
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
