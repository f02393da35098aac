package dev.hermod.bench.memory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Writes the development dataset: three conversations of 10-20 sessions of 20-40 turns of small
 * talk between two friends, in which the first speaker tells each of {@link PlantedFacts} once, at
 * a random user turn; the questions ask about them in other words. Deterministic for a seed.
 *
 * <p>Usage: {@code DatasetGenerator <out.json> [seed]}
 */
public final class DatasetGenerator {

    static final long SEED = 20240601L;
    private static final String[][] PEOPLE = {{"Maya", "Theo"}, {"Jonas", "Priya"}, {"Elena", "Marcus"}};

    private final Random random;
    private final Chatter chatter;

    DatasetGenerator(long seed) {
        this.random = new Random(seed);
        this.chatter = new Chatter(random);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: DatasetGenerator <out.json> [seed]");
            System.exit(2);
        }
        Dataset dataset = new DatasetGenerator(args.length == 2 ? Long.parseLong(args[1]) : SEED).generate();
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(Path.of(args[0]).toFile(), dataset);
    }

    Dataset generate() {
        List<Dataset.Conversation> conversations = new ArrayList<>();
        List<Dataset.Question> questions = new ArrayList<>();
        for (int c = 0; c < PEOPLE.length; c++) {
            conversations.add(conversation("conv" + (c + 1), PEOPLE[c][0], PEOPLE[c][1], questions));
        }
        return new Dataset(conversations, questions);
    }

    private Dataset.Conversation conversation(String id, String user, String friend, List<Dataset.Question> questions) {
        int sessions = 10 + random.nextInt(11);
        List<List<String>> texts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int s = 0; s < sessions; s++) texts.add(smallTalk(20 + random.nextInt(21), seen));
        Set<String> taken = new HashSet<>();
        for (PlantedFacts.Fact fact : PlantedFacts.draw(random, user)) {
            List<String> evidence = new ArrayList<>();
            for (PlantedFacts.Telling telling : fact.tellings()) {
                int[] at = place(texts, telling.phase(), taken);
                texts.get(at[0]).set(at[1], telling.text());
                if (telling.evidence()) evidence.add(turnId(id, at[0], at[1]));
            }
            questions.add(new Dataset.Question(id, fact.question(), evidence));
        }
        return new Dataset.Conversation(id, sessions(id, user, friend, texts));
    }

    private List<Dataset.Session> sessions(String id, String user, String friend, List<List<String>> texts) {
        List<Dataset.Session> out = new ArrayList<>();
        LocalDate date = LocalDate.of(2024, 1, 8);
        for (int s = 0; s < texts.size(); s++) {
            List<Dataset.Turn> turns = new ArrayList<>();
            for (int t = 0; t < texts.get(s).size(); t++) {
                turns.add(new Dataset.Turn(turnId(id, s, t), t % 2 == 0 ? user : friend, texts.get(s).get(t)));
            }
            out.add(new Dataset.Session(id + "-s" + (s + 1), date.toString(), turns));
            date = date.plusDays(3 + random.nextInt(10));
        }
        return out;
    }

    /** Turns alternate, the user first; even indexes are the user's. */
    private List<String> smallTalk(int turns, Set<String> seen) {
        List<String> out = new ArrayList<>();
        out.add(chatter.opener());
        for (int t = 1; t < turns - 1; t++) {
            out.add(unique(seen, t % 2 == 1 && random.nextInt(10) < 6));
        }
        out.add(chatter.closer());
        return out;
    }

    /** Small talk not yet said in this conversation (so a snippet names one turn), when 50 tries find it. */
    private String unique(Set<String> seen, boolean reply) {
        String text = "";
        for (int attempt = 0; attempt < 50; attempt++) {
            text = reply ? chatter.reply() : chatter.line();
            if (seen.add(text)) return text;
        }
        return text;
    }

    /** A free user turn (not the opener or closer) in a session of the phase: {session, turn}. */
    private int[] place(List<List<String>> texts, PlantedFacts.Phase phase, Set<String> taken) {
        int half = texts.size() / 2;
        int from = phase == PlantedFacts.Phase.LATE ? half : 0;
        int to = phase == PlantedFacts.Phase.EARLY ? half : texts.size();
        while (true) {
            int s = from + random.nextInt(to - from);
            int userTurns = (texts.get(s).size() - 2) / 2;
            int t = 2 + 2 * random.nextInt(userTurns);
            if (t < texts.get(s).size() - 1 && taken.add(s + ":" + t)) return new int[] {s, t};
        }
    }

    private static String turnId(String conversation, int session, int turn) {
        return conversation + "-s" + (session + 1) + "-t" + (turn + 1);
    }
}
