package dev.hermod.skills.internal;

import java.util.List;

import dev.hermod.api.agent.TurnRecord;
import dev.hermod.api.skill.Skill;

/** The loop's own prompts: review, self-check, reflection and merge. Each asks for one JSON object. */
final class Prompts {

    static final String FORMAT = """
            A SKILL.md starts with YAML front matter between '---' lines: name (lower-case-dashed, the same as \
            the skill name), description (one sentence saying when to use it), triggers (a YAML list of short \
            phrases a future request for this kind of task would contain). Then the body: numbered steps with \
            the commands or calls that worked, a "Pitfalls" section with what failed and why, and a final \
            "Verification" step that shows the task is done. Write the general procedure: put placeholders \
            like <host> or <file> where this task had particular values.""";

    static final String REVIEW_SYSTEM = "You keep Hermod's skill library: short playbooks that let a future run of a "
            + "task succeed in fewer steps. You read one finished task and decide whether it deserves a skill. "
            + "Reply with one JSON object and nothing else.";

    static final String CHECK_SYSTEM = "You judge whether a playbook helped an agent finish a task. Reply with one "
            + "JSON object and nothing else.";

    static final String REFLECT_SYSTEM = "You repair a skill (a playbook) that let an agent down, using what happened "
            + "when it was followed. Reply with one JSON object and nothing else.";

    static final String MERGE_SYSTEM = "You merge two overlapping skills (playbooks) into one that covers both. "
            + "Reply with one JSON object and nothing else.";

    private Prompts() {
    }

    static String review(TurnRecord turn, List<Skill> related) {
        StringBuilder existing = new StringBuilder();
        related.forEach(s -> existing.append("- ").append(s.name()).append(": ").append(s.description()).append("\n  ")
                .append(Trajectory.trim(s.body(), 600).replace("\n", "\n  ")).append('\n'));
        return "The task the person gave:\n" + Trajectory.trim(turn.userText(), 2000)
                + "\n\nWhat the agent did:\n" + Trajectory.render(turn)
                + "\nIts final answer:\n" + Trajectory.trim(turn.result().text(), 1500)
                + "\n\nExisting skills that may already cover it:\n" + (existing.isEmpty() ? "(none)\n" : existing)
                + "\nIf the task is a one-off, or too simple to need steps, reply {\"action\":\"skip\",\"reason\":\"...\"}. "
                + "If one of the existing skills covers this kind of task, reply {\"action\":\"merge\",\"name\":\"<its name>\","
                + "\"skill_md\":\"<that skill's whole SKILL.md, same name, improved with what this task taught>\"}. "
                + "Otherwise reply {\"action\":\"create\",\"name\":\"<new-skill-name>\",\"skill_md\":\"<the whole SKILL.md>\"}.\n\n"
                + FORMAT;
    }

    static String check(Skill skill, TurnRecord turn) {
        return "The skill the agent followed, '" + skill.name() + "':\n" + Trajectory.trim(skill.body(), 3000)
                + "\n\nThe task:\n" + Trajectory.trim(turn.userText(), 1500)
                + "\n\nWhat the agent did:\n" + Trajectory.render(turn)
                + "\nIts final answer:\n" + Trajectory.trim(turn.result().text(), 1500)
                + "\n\nDid following the skill get the task done correctly? Reply {\"worked\": true or false, "
                + "\"reason\": \"one sentence\"}.";
    }

    static String reflect(String skillMd, TurnRecord turn, String failure) {
        return "The skill as it is now:\n" + skillMd
                + "\n\nThe task it was used for:\n" + Trajectory.trim(turn == null ? "" : turn.userText(), 1500)
                + "\n\nWhat happened:\n" + (turn == null ? "(not recorded)\n" : Trajectory.render(turn))
                + "\nWhy it counts as a failure: " + failure
                + "\n\nIf the skill's steps were at fault, reply {\"action\":\"revise\",\"skill_md\":\"<the whole corrected "
                + "SKILL.md, same name>\",\"reason\":\"what you changed\"}. If the failure had nothing to do with the "
                + "skill, reply {\"action\":\"keep\",\"reason\":\"...\"}.\n\n" + FORMAT;
    }

    static String merge(String keptMd, String otherMd, String keptName) {
        return "Skill to keep, '" + keptName + "':\n" + keptMd + "\n\nOverlapping skill to fold into it:\n" + otherMd
                + "\n\nReply {\"skill_md\": \"<one SKILL.md named " + keptName + " that covers both, keeping every "
                + "step, pitfall and trigger that is still right>\"}.\n\n" + FORMAT;
    }
}
