package dev.hermod.skills.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.hermod.api.skill.Skill;
import dev.hermod.api.skill.Skill.Provenance;

/**
 * Every change to a skill the agent (or the loop acting for it) makes: validated, written to a
 * staging folder, scanned, and only then swapped in, with the new SKILL.md recorded as a version.
 * A new skill that fails the safety scan goes to {@code skills/.quarantine/} for the operator; a
 * change to an existing one that fails is refused and recorded. What the scanner found goes to the
 * operator's ledger, never into the message for the model.
 *
 * <p>Only skills in the user folder with agent provenance are the agent's to change (an agent skill
 * stays one: edit and patch keep {@code provenance: agent}); the user's own skills only when
 * {@link Author#mayEditUserSkills} (the operator, never the model or the loop). Bundled and external
 * skills are read-only. Held copies (quarantine, archive) never overwrite each other, and a
 * supporting file overwritten or removed is kept in {@code skills/.history/}.
 */
final class SkillWriter {

    static final int MAX_SKILL_BYTES = 64 * 1024;
    static final int MAX_FILE_BYTES = 256 * 1024;
    static final int MAX_FILES = 50;
    static final String QUARANTINE = ".quarantine";
    /** The note a retired skill keeps of where it lay, for restore. */
    static final String ORIGIN = ".origin";
    static final String ARCHIVE = ".archive";
    static final String HISTORY = ".history";
    private static final String STAGING = ".staging";
    private static final Pattern OPENING = Pattern.compile("\\A---\\r?\\n");

    /** Who asks for a change: recorded as the version's actor. */
    record Author(String actor, String session, boolean mayEditUserSkills) {
        /** The model through skill_manage: its own agent skills only. */
        static Author model(String session) { return new Author("agent", session, false); }
        static Author loop(String actor, String session) { return new Author(actor, session, false); }
    }

    /** The result of a change; {@code message} is safe to show to the model. */
    record Outcome(boolean ok, String message) {
    }

    /** A change applied to a staged copy of the skill folder. */
    @FunctionalInterface
    interface Change {
        void apply(Path staged) throws IOException;
    }

    private final Workshop workshop;
    private final SkillState state;

    SkillWriter(Workshop workshop, SkillState state) {
        this.workshop = workshop;
        this.state = state;
    }

    /** Creates a skill the agent wrote; {@code reason} says why (the task it came from). */
    synchronized Outcome create(String name, String skillMd, Author author, String reason) {
        check(name);
        Optional<Skill> existing = workshop.skill(name);
        if (existing.isPresent()) {
            throw new IllegalArgumentException("a skill named '" + name + "' exists (" + describe(existing.get())
                    + "); patch or edit it, or choose another name");
        }
        if (Files.exists(workshop.userRoot().resolve(name))) {
            throw new IllegalArgumentException("the folder skills/" + name + " exists but holds no usable skill; "
                    + "choose another name");
        }
        String text = withAgentProvenance(skillMd);
        return commit(name, null, staged -> Files.writeString(staged.resolve(SkillFolderScanner.SKILL_FILE), text),
                author, "created", reason);
    }

    /** Replaces the whole SKILL.md. */
    synchronized Outcome edit(String name, String skillMd, Author author, String reason) {
        Skill skill = writable(name, author);
        String text = skill.provenance() == Provenance.AGENT ? withAgentProvenance(skillMd) : skillMd;
        return commit(name, skill.directory(), staged -> Files.writeString(staged.resolve(SkillFolderScanner.SKILL_FILE),
                text), author, "edited", reason);
    }

    /** Replaces one exact, unique passage of SKILL.md or of a supporting file. */
    synchronized Outcome patch(String name, String file, String oldText, String newText, Author author, String reason) {
        Skill skill = writable(name, author);
        String relative = file == null || file.isBlank() ? SkillFolderScanner.SKILL_FILE : supportingPath(file);
        if (oldText == null || oldText.isEmpty()) throw new IllegalArgumentException("old_string must not be empty");
        boolean keepAgent = skill.provenance() == Provenance.AGENT && relative.equals(SkillFolderScanner.SKILL_FILE);
        Optional<byte[]> previous = relative.equals(SkillFolderScanner.SKILL_FILE) ? Optional.empty()
                : previous(skill, relative);
        Outcome outcome = commit(name, skill.directory(), staged -> {
            Path target = staged.resolve(relative);
            if (!Files.isRegularFile(target)) throw new IllegalArgumentException("no file '" + relative + "' in skill '" + name + "'");
            String current = Files.readString(target, StandardCharsets.UTF_8);
            int at = current.indexOf(oldText);
            if (at < 0) throw new IllegalArgumentException("old_string was not found in " + relative + "; view the skill and copy the passage exactly");
            if (current.indexOf(oldText, at + 1) >= 0) throw new IllegalArgumentException("old_string occurs more than once in " + relative + "; include more context so it is unique");
            String patched = current.substring(0, at) + (newText == null ? "" : newText) + current.substring(at + oldText.length());
            Files.writeString(target, keepAgent ? withAgentProvenance(patched) : patched);
        }, author, "patched", reason);
        return kept(name, relative, previous, outcome, author);
    }

    /** Adds or replaces a supporting file under references/, templates/, scripts/ or assets/. */
    synchronized Outcome writeFile(String name, String file, String content, Author author, String reason) {
        Skill skill = writable(name, author);
        String relative = supportingPath(file);
        if (content == null) throw new IllegalArgumentException("missing 'content'");
        if (content.getBytes(StandardCharsets.UTF_8).length > MAX_FILE_BYTES) {
            throw new IllegalArgumentException("the file is over " + MAX_FILE_BYTES / 1024 + " KiB; split it");
        }
        if (!skill.files().contains(relative) && skill.files().size() >= MAX_FILES) {
            throw new IllegalArgumentException("skill '" + name + "' already has " + MAX_FILES + " files; remove some first");
        }
        Optional<byte[]> previous = previous(skill, relative);
        Outcome outcome = commit(name, skill.directory(), staged -> {
            Path target = staged.resolve(relative);
            Files.createDirectories(target.getParent());
            Files.writeString(target, content);
        }, author, "file-written", reason + " (" + relative + ")");
        return kept(name, relative, previous, outcome, author);
    }

    synchronized Outcome removeFile(String name, String file, Author author, String reason) {
        Skill skill = writable(name, author);
        String relative = supportingPath(file);
        if (!skill.files().contains(relative)) throw new IllegalArgumentException("skill '" + name + "' has no file '" + relative + "'");
        Optional<byte[]> previous = previous(skill, relative);
        Outcome outcome = commit(name, skill.directory(), staged -> Files.delete(staged.resolve(relative)), author,
                "file-removed", reason + " (" + relative + ")");
        return kept(name, relative, previous, outcome, author);
    }

    /** The bytes of a supporting file before a change, if it exists. */
    private static Optional<byte[]> previous(Skill skill, String relative) {
        Path file = skill.directory().resolve(relative);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read '" + relative + "' of skill '" + skill.name() + "': " + e.getMessage(), e);
        }
    }

    /**
     * After a change that replaced or removed a supporting file, keeps its previous content in
     * {@code skills/.history/<name>/<time>/<file>} (a version of SKILL.md is in the ledger already).
     */
    private Outcome kept(String name, String relative, Optional<byte[]> previous, Outcome outcome, Author author) {
        if (!outcome.ok() || previous.isEmpty()) return outcome;
        Path folder = FolderOps.free(workshop.userRoot().resolve(HISTORY).resolve(name),
                String.valueOf(System.currentTimeMillis()));
        try {
            Path file = folder.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, previous.get());
            state.event(name, "file-kept", "the previous " + relative + " is in "
                    + workshop.userRoot().relativize(file), author.session());
        } catch (IOException e) {
            System.getLogger(SkillWriter.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot keep the previous " + relative + " of skill '" + name + "': " + e);
        }
        return outcome;
    }

    /** Moves a skill to the archive (never deletes it); restore brings it back. */
    synchronized Outcome retire(String name, Author author, String reason) {
        Skill skill = writable(name, author);
        try {
            Path archived = FolderOps.free(workshop.userRoot().resolve(ARCHIVE), name);
            Files.createDirectories(archived.getParent());
            String origin = workshop.userRoot().relativize(skill.directory()).toString().replace('\\', '/');
            Files.move(skill.directory(), archived);
            Files.writeString(archived.resolve(ORIGIN), origin + "\n"); // where restore puts it back (its category)
            state.event(name, "retired", reason + " -> " + workshop.userRoot().relativize(archived), author.session());
            workshop.reload();
            return new Outcome(true, "skill '" + name + "' retired to the archive; an operator can restore it");
        } catch (IOException e) {
            throw new IllegalStateException("cannot move skill '" + name + "' to the archive: " + e.getMessage(), e);
        }
    }

    /**
     * Brings the newest archived copy of a skill back. It counts as fresh: its idle clock starts again
     * and its confidence is at least a new skill's, so the next curation does not retire it again.
     */
    synchronized Outcome restore(String name, Author author) {
        check(name);
        HeldCopies.Copy archived = HeldCopies.newest(workshop.userRoot().resolve(ARCHIVE), name)
                .orElseThrow(() -> new IllegalArgumentException("no retired skill named '" + name + "'"));
        Provenance provenance = archived.skill() == null ? Provenance.AGENT : archived.skill().provenance();
        Outcome outcome = release(name, archived.folder(), originOf(archived.folder(), name), author, "restored",
                "restored from " + workshop.userRoot().relativize(archived.folder()));
        state.refresh(name, Confidence.initial(provenance));
        return outcome;
    }

    /** The operator accepts a quarantined skill as it is now; a later change is scanned again. */
    synchronized Outcome approve(String name, Author author) {
        return approve(name, workshop.quarantinedFolder(name).orElse(null), author);
    }

    /**
     * As {@link #approve(String, Author)}: the newest copy the agent wrote into the quarantine is
     * released; without one, the skill quarantined where it lies ({@code inPlace}: a user, bundled or
     * bundle's skill folder, or null) is approved there.
     */
    synchronized Outcome approve(String name, Path inPlace, Author author) {
        check(name);
        Path quarantine = workshop.userRoot().resolve(QUARANTINE);
        Optional<HeldCopies.Copy> newest = HeldCopies.newest(quarantine, name);
        if (newest.isPresent()) {
            Path held = newest.get().folder();
            state.approve(name, FolderOps.digest(held));
            Outcome released = release(name, held, workshop.userRoot().resolve(name), author, "approved", "approved by the operator ("
                    + workshop.userRoot().relativize(held) + ")");
            long older = HeldCopies.in(quarantine).stream().filter(c -> c.name().equals(name)).count();
            return older == 0 ? released : new Outcome(true, released.message() + "; " + older + " older held "
                    + (older == 1 ? "copy stays" : "copies stay") + " in " + QUARANTINE + "/");
        }
        if (inPlace == null) throw new IllegalArgumentException("no quarantined skill named '" + name + "'");
        state.approve(name, FolderOps.digest(inPlace));
        state.event(name, "approved", "approved by the operator at " + inPlace, author.session());
        workshop.reload();
        return new Outcome(true, "skill '" + name + "' approved as it is now; a later change is scanned again");
    }

    /**
     * Where a retired skill came from, below the user folder (its category path), as {@code retire}
     * noted it; the top of the user folder when there is no note or it points outside.
     */
    private Path originOf(Path archived, String name) {
        Path root = workshop.userRoot();
        try {
            Path noted = root.resolve(Files.readString(archived.resolve(ORIGIN)).strip()).normalize();
            if (noted.startsWith(root) && !noted.equals(root) && noted.getFileName().toString().equals(name)) return noted;
        } catch (IOException | RuntimeException e) {
            // retired before origins were noted, or the note is unreadable
        }
        return root.resolve(name);
    }

    private Outcome release(String name, Path from, Path target, Author author, String kind, String reason) {
        if (workshop.skill(name).isPresent() || Files.exists(target)) {
            throw new IllegalArgumentException("a skill named '" + name + "' is active; retire it first");
        }
        try {
            Files.deleteIfExists(from.resolve(ORIGIN));
            Files.createDirectories(target.getParent());
            Files.move(from, target);
            recordVersion(name, target, author, reason);
            state.event(name, kind, reason, author.session());
            workshop.reload();
            return new Outcome(true, "skill '" + name + "' " + kind);
        } catch (IOException e) {
            throw new IllegalStateException("cannot move skill '" + name + "': " + e.getMessage(), e);
        }
    }

    private Outcome commit(String name, Path current, Change change, Author author, String kind, String reason) {
        Path staged = workshop.userRoot().resolve(STAGING).resolve(name + "-" + System.nanoTime());
        try {
            if (current != null) FolderOps.copy(current, staged);
            else Files.createDirectories(staged);
            change.apply(staged);
            Skill parsed = validate(name, staged);
            List<ScanFinding> findings = SkillScanner.scan(parsed);
            if (SkillScanner.blocks(findings)) return held(name, current, staged, findings, author);
            Path target = current != null ? current : workshop.userRoot().resolve(name);
            FolderOps.replace(staged, target);
            int version = recordVersion(name, target, author, reason);
            state.ensure(name, Confidence.initial(parsed.provenance())); // starts the clock for disuse
            state.event(name, kind, reason, author.session());
            workshop.reload();
            return new Outcome(true, "skill '" + name + "' " + kind + " (version " + version + ")");
        } catch (IOException e) {
            throw new IllegalStateException("cannot write skill '" + name + "': " + e.getMessage(), e);
        } finally {
            deleteQuietly(staged);
        }
    }

    private Outcome held(String name, Path current, Path staged, List<ScanFinding> findings, Author author)
            throws IOException {
        String found = String.join("; ", findings.stream().map(ScanFinding::toString).toList());
        if (current != null) {
            state.event(name, "refused", "the change failed the safety scan: " + found, author.session());
            return new Outcome(false, "The change to skill '" + name + "' was not saved: it did not pass the skill "
                    + "safety check. The operator can review it with `hermod skills`; do not retry it in another form.");
        }
        // A free folder: an earlier held copy the operator has not looked at yet stays as it is.
        Path quarantine = FolderOps.free(workshop.userRoot().resolve(QUARANTINE), name);
        Files.createDirectories(quarantine.getParent());
        Files.move(staged, quarantine);
        state.event(name, "quarantined", found + " (held in " + workshop.userRoot().relativize(quarantine) + ")",
                author.session());
        return new Outcome(false, "Skill '" + name + "' was saved but is held for the operator's review before it can "
                + "be used (it did not pass the skill safety check). Do not retry it in another form.");
    }

    private int recordVersion(String name, Path folder, Author author, String reason) throws IOException {
        String text = Files.readString(folder.resolve(SkillFolderScanner.SKILL_FILE), StandardCharsets.UTF_8);
        return state.recordVersion(name, text, author.actor(), reason, author.session());
    }

    private static Skill validate(String name, Path staged) throws IOException {
        Path file = staged.resolve(SkillFolderScanner.SKILL_FILE);
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("the skill has no SKILL.md");
        if (Files.size(file) > MAX_SKILL_BYTES) {
            throw new IllegalArgumentException("SKILL.md is over " + MAX_SKILL_BYTES / 1024 + " KiB; move detail into references/");
        }
        try {
            Skill parsed = SkillParser.parse(Files.readString(file, StandardCharsets.UTF_8), staged, "", Origin.USER_DIR,
                    SupportingFiles.list(staged));
            if (!parsed.name().equals(name)) {
                throw new IllegalArgumentException("the front matter says name '" + parsed.name() + "' but the skill is '"
                        + name + "'; they must agree");
            }
            return parsed;
        } catch (InvalidSkillException e) {
            throw new IllegalArgumentException("SKILL.md is not valid: " + e.getMessage()
                    + ". It must start with '---', YAML front matter with name and description, '---', then the body.");
        }
    }

    private Skill writable(String name, Author author) {
        check(name);
        Skill skill = workshop.skill(name).orElseThrow(() -> new IllegalArgumentException("no skill named '" + name + "'"));
        boolean inUserFolder = skill.directory() != null && skill.directory().startsWith(workshop.userRoot());
        if (inUserFolder && skill.provenance() == Provenance.USER && !author.mayEditUserSkills()) {
            throw new IllegalArgumentException("skill '" + name + "' belongs to the user, so skill_manage cannot change "
                    + "or delete it. If it should change, propose the change in your reply and the user can make it; "
                    + "or create a skill of your own with another name.");
        }
        boolean mine = skill.provenance() == Provenance.AGENT || skill.provenance() == Provenance.USER;
        if (!inUserFolder || !mine) {
            throw new IllegalArgumentException("skill '" + name + "' is " + describe(skill) + " and read-only: it is not "
                    + "yours to change or delete. Propose the change in your reply, or create a new skill with another name.");
        }
        return skill;
    }

    private static String describe(Skill skill) {
        return skill.provenance().name().toLowerCase(Locale.ROOT) + (skill.directory() == null ? "" : ", at " + skill.directory());
    }

    private static void check(String name) {
        try {
            SkillParser.checkName(name == null ? "" : name);
        } catch (InvalidSkillException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    /** A supporting file path: inside one of the four folders, relative, no '..', no hidden parts. */
    static String supportingPath(String file) {
        String p = file == null ? "" : file.strip().replace('\\', '/');
        boolean inFolder = SupportingFiles.FOLDERS.stream().anyMatch(f -> p.startsWith(f + "/") && p.length() > f.length() + 1);
        if (!inFolder || p.startsWith("/") || p.contains("..") || p.contains("/.") || p.contains("//")) {
            throw new IllegalArgumentException("refused path '" + file + "': use a relative path inside references/, "
                    + "templates/, scripts/ or assets/, without '..' or hidden names");
        }
        return p;
    }

    /** The SKILL.md with {@code provenance: agent} in its front matter (added when missing, replaced when different). */
    static String withAgentProvenance(String skillMd) {
        String text = skillMd == null ? "" : skillMd;
        java.util.regex.Matcher open = OPENING.matcher(text);
        int close = open.find() ? text.indexOf("\n---", open.end() - 1) : -1;
        if (close < 0) return text; // validation explains the missing front matter
        String front = text.substring(open.end(), close + 1);
        String fixed = Pattern.compile("(?m)^provenance:.*$").matcher(front).find()
                ? front.replaceFirst("(?m)^provenance:.*$", "provenance: agent") : "provenance: agent\n" + front;
        return "---\n" + fixed + text.substring(close + 1);
    }

    private static void deleteQuietly(Path folder) {
        try {
            FolderOps.delete(folder);
        } catch (IOException e) {
            System.getLogger(SkillWriter.class.getName()).log(System.Logger.Level.WARNING, "cannot remove " + folder + ": " + e);
        }
    }
}
