package dev.hermod.shell.internal;

import static org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL;
import static org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC;
import static org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.hermod.api.skill.QuarantinedSkill;
import dev.hermod.api.skill.SkillAdmin;
import dev.hermod.api.skill.SkillStatus;
import dev.hermod.api.skill.SkillVersion;

/**
 * {@code hermod:skills}: the operator's view and controls of the skill loop — confidence, uses,
 * provenance and state of every skill, a skill's versions and their diffs, approval of quarantined
 * skills, retirement, restore, rollback and curation. Immediate (BUILD-FACTS trap 7).
 */
@Component(service = SkillCommands.class, immediate = true,
        property = {"osgi.command.scope=hermod", "osgi.command.function=skills"})
public final class SkillCommands {
    static final String USAGE = """
            usage: hermod:skills [list]
                   hermod:skills show <name>
                   hermod:skills history <name>
                   hermod:skills diff <name> [from] [to]
                   hermod:skills approve <name>
                   hermod:skills retire <name> [reason…]
                   hermod:skills restore <name>
                   hermod:skills rollback <name> <version>
                   hermod:skills curate
                   hermod:skills stats
            """;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @Reference(cardinality = OPTIONAL, policy = DYNAMIC, policyOption = GREEDY)
    private volatile SkillAdmin admin;

    @Descriptor("list every skill: state, provenance, confidence, uses, successes, failures, last use, version")
    public String skills() {
        return skills("list");
    }

    @Descriptor("skills: list | show | history | diff | approve | retire | restore | rollback | curate | stats")
    public String skills(@Descriptor("the action") String action, @Descriptor("the skill name, then details") String... args) {
        SkillAdmin a = admin;
        if (a == null) return "the skill loop is not running (the skills bundle is missing or stopped; `hermod doctor` says why)\n";
        return run(a, action, args);
    }

    /** One action against {@code a}; a refused change is a "refused: why" line. */
    static String run(SkillAdmin a, String action, String... args) {
        try {
            return switch (action.toLowerCase(Locale.ROOT)) {
                case "list" -> list(a.skills()) + ServiceViews.quarantined(a.quarantined());
                case "show" -> show(a, name(args));
                case "history" -> history(a.history(name(args)), name(args));
                case "diff" -> diff(a, args);
                case "approve" -> a.approve(name(args)) + "\n";
                case "retire" -> a.retire(name(args), String.join(" ", List.of(args).subList(1, args.length))) + "\n";
                case "restore" -> a.restore(name(args)) + "\n";
                case "rollback" -> a.rollback(name(args), number(args, 1, "the version to roll back to")) + "\n";
                case "curate" -> a.curate() + "\n";
                case "stats" -> stats(a.skills()) + "matching: " + a.matching() + "\n";
                default -> "unknown action '" + action + "'\n" + USAGE;
            };
        } catch (IllegalArgumentException | IllegalStateException e) {
            return "refused: " + e.getMessage() + "\n";
        }
    }

    static String list(List<SkillStatus> skills) {
        if (skills.isEmpty()) return "no skills (add SKILL.md folders under $HERMOD_HOME/skills)\n";
        TextTable table = new TextTable("NAME", "STATE", "SOURCE", "CONF", "USES", "OK", "FAIL", "LAST USED", "VER");
        skills.forEach(s -> table.row(s.name(), lower(s.state()), lower(s.provenance()), String.format(Locale.ROOT, "%.2f", s.confidence()),
                s.uses(), s.successes(), s.failures(), s.lastUsed() == null ? "-" : WHEN.format(s.lastUsed()), s.version()));
        return table.toString();
    }

    private static String show(SkillAdmin a, String name) {
        SkillStatus s = a.skill(name).orElseThrow(() -> new IllegalArgumentException("no skill named '" + name + "'"));
        List<SkillVersion> versions = a.history(name);
        StringBuilder out = new StringBuilder(list(List.of(s))).append("location: ").append(s.location()).append('\n');
        for (QuarantinedSkill q : a.quarantined()) {
            if (!q.name().equals(name)) continue;
            out.append("quarantined by the safety scanner (").append(q.location()).append("); approve with `hermod skills approve ")
                    .append(name).append("` once you have read it:\n");
            q.findings().forEach(f -> out.append("  - ").append(f).append('\n'));
        }
        if (!versions.isEmpty()) out.append('\n').append(versions.get(versions.size() - 1).content());
        return out.toString();
    }

    static String history(List<SkillVersion> versions, String name) {
        if (versions.isEmpty()) return "no recorded versions of '" + name + "'\n";
        TextTable table = new TextTable("VER", "WHEN", "BY", "SESSION", "REASON");
        versions.forEach(v -> table.row(v.number(), WHEN.format(v.createdAt()), v.actor(), v.sessionId(), v.reason()));
        return table.toString();
    }

    private static String diff(SkillAdmin a, String[] args) {
        String name = name(args);
        int latest = a.history(name).size();
        if (latest < 2 && args.length < 3) return "'" + name + "' has " + latest + " version(s); nothing to compare\n";
        int to = args.length > 2 ? number(args, 2, "the second version") : latest;
        int from = args.length > 1 ? number(args, 1, "the first version") : to - 1;
        return a.diff(name, from, to);
    }

    static String stats(List<SkillStatus> skills) {
        long active = skills.stream().filter(s -> s.state() == SkillStatus.State.ACTIVE).count();
        int uses = skills.stream().mapToInt(SkillStatus::uses).sum();
        int ok = skills.stream().mapToInt(SkillStatus::successes).sum();
        int failed = skills.stream().mapToInt(SkillStatus::failures).sum();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "skills: %d (%d active, %d quarantined, %d retired)%n", skills.size(), active,
                skills.stream().filter(s -> s.state() == SkillStatus.State.QUARANTINED).count(),
                skills.stream().filter(s -> s.state() == SkillStatus.State.RETIRED).count()));
        for (var p : dev.hermod.api.skill.Skill.Provenance.values()) {
            long n = skills.stream().filter(s -> s.provenance() == p && s.state() == SkillStatus.State.ACTIVE).count();
            if (n > 0) out.append("  ").append(lower(p)).append(": ").append(n).append('\n');
        }
        out.append(String.format(Locale.ROOT, "judged uses: %d (%d successes, %d failures%s)%n", uses, ok, failed,
                ok + failed == 0 ? "" : String.format(Locale.ROOT, ", %.0f%% success", 100.0 * ok / (ok + failed))));
        out.append("most used: ").append(top(skills, Comparator.comparingInt(SkillStatus::uses).reversed())).append('\n');
        out.append("least trusted: ").append(top(skills, Comparator.comparingDouble(SkillStatus::confidence))).append('\n');
        return out.toString();
    }

    private static String top(List<SkillStatus> skills, Comparator<SkillStatus> order) {
        List<String> names = skills.stream().filter(s -> s.state() == SkillStatus.State.ACTIVE).sorted(order).limit(5)
                .map(s -> String.format(Locale.ROOT, "%s (%d uses, %.2f)", s.name(), s.uses(), s.confidence())).toList();
        return names.isEmpty() ? "-" : String.join(", ", names);
    }

    private static String name(String[] args) {
        if (args.length == 0 || args[0].isBlank()) throw new IllegalArgumentException("give the skill name\n" + USAGE);
        return args[0];
    }

    private static int number(String[] args, int at, String what) {
        if (args.length <= at) throw new IllegalArgumentException("give " + what);
        try {
            return Integer.parseInt(args[at]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number, not '" + args[at] + "'");
        }
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
