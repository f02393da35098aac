package dev.hermod.gateway.cli.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.hermod.api.skill.Skill;
import dev.hermod.api.tool.ToolSpec;

/** How /tools and /skills print. */
final class Listings {
    private Listings() {}

    /** The tools grouped by toolset, each with its flags and the start of its description. */
    static String tools(List<ToolSpec> tools) {
        if (tools.isEmpty()) return "this session has no tools\n";
        Map<String, List<ToolSpec>> byToolset = new TreeMap<>(tools.stream()
                .collect(Collectors.groupingBy(ToolSpec::toolset)));
        int width = tools.stream().mapToInt(t -> t.name().length()).max().orElse(0);
        int flagWidth = tools.stream().mapToInt(t -> flags(t).length()).max().orElse(0);
        StringBuilder text = new StringBuilder(tools.size() + " tools in " + byToolset.size() + " toolsets\n");
        byToolset.forEach((toolset, specs) -> {
            text.append(toolset).append('\n');
            specs.stream().sorted(Comparator.comparing(ToolSpec::name)).forEach(spec -> text.append("  ")
                    .append(pad(spec.name(), width)).append("  ").append(pad(flags(spec), flagWidth)).append("  ")
                    .append(Text.oneLine(spec.description(), 70)).append('\n'));
        });
        return text.toString();
    }

    private static String flags(ToolSpec spec) {
        String access = spec.readOnly() ? "read-only" : "writes";
        return switch (spec.approval()) {
            case NEVER -> access;
            case POLICY -> access + ", approval: risky";
            case ALWAYS -> access + ", approval: every";
        };
    }

    /** One line per skill. */
    static String skills(List<Skill> skills) {
        if (skills.isEmpty()) return "no skills installed (add SKILL.md folders under $HERMOD_HOME/skills)\n";
        int width = skills.stream().mapToInt(s -> s.name().length()).max().orElse(0);
        StringBuilder text = new StringBuilder(skills.size() + " skills\n");
        skills.stream().sorted(Comparator.comparing(Skill::name)).forEach(skill -> text.append("  ")
                .append(pad(skill.name(), width)).append("  ").append(Text.oneLine(skill.description(), 90)).append('\n'));
        return text.toString();
    }

    /** One skill in detail. */
    static String skill(Skill skill) {
        StringBuilder text = new StringBuilder(skill.name());
        if (!skill.version().isEmpty()) text.append(" ").append(skill.version());
        text.append("  (").append(skill.provenance().name().toLowerCase());
        if (!skill.category().isEmpty()) text.append(", ").append(skill.category());
        text.append(")\n  ").append(skill.description()).append('\n');
        if (!skill.triggers().isEmpty()) text.append("  triggers: ").append(String.join(", ", skill.triggers())).append('\n');
        if (!skill.files().isEmpty()) text.append("  files: ").append(String.join(", ", skill.files())).append('\n');
        return text.toString();
    }

    static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
