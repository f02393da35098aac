package dev.hermod.bench.memory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A recall dataset: conversations of dated sessions of turns, and questions whose answers are
 * stated in known turns (the evidence). Public long-conversation datasets convert into this form.
 *
 * @param conversations the conversations, each ingested into its own Hermod home
 * @param questions the questions, each about one conversation
 */
public record Dataset(List<Conversation> conversations, List<Question> questions) {

    /** One conversation between two or more speakers; its first speaker is taken to be the user. */
    public record Conversation(String id, List<Session> sessions) {}

    /** One sitting of a conversation. */
    public record Session(String id, String date, List<Turn> turns) {}

    /** One message; {@code id} is unique within its conversation. */
    public record Turn(String id, String speaker, String text) {}

    /** A question about conversation {@code conversation}, answered by the turns listed in {@code evidence}. */
    public record Question(String conversation, String question, List<String> evidence) {}

    public Dataset {
        conversations = List.copyOf(conversations == null ? List.of() : conversations);
        questions = List.copyOf(questions == null ? List.of() : questions);
    }

    /** Reads and checks a dataset file. */
    public static Dataset read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        Dataset dataset = json.readValue(file.toFile(), Dataset.class);
        dataset.check(file);
        return dataset;
    }

    /** Fails, naming the question, when a question names an unknown conversation or turn. */
    void check(Path file) {
        for (Question q : questions) {
            Conversation c = conversation(q.conversation());
            if (c == null) {
                throw new IllegalArgumentException(file + ": question '" + q.question() + "' names conversation '"
                        + q.conversation() + "', which is not in \"conversations\".");
            }
            Set<String> ids = turnIds(c);
            for (String evidence : q.evidence()) {
                if (!ids.contains(evidence)) {
                    throw new IllegalArgumentException(file + ": question '" + q.question() + "' cites turn '"
                            + evidence + "', which conversation '" + c.id() + "' does not have.");
                }
            }
        }
    }

    Conversation conversation(String id) {
        return conversations.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    List<Question> questionsOf(String conversationId) {
        return questions.stream().filter(q -> q.conversation().equals(conversationId)).toList();
    }

    private static Set<String> turnIds(Conversation c) {
        Set<String> ids = new HashSet<>();
        c.sessions().forEach(s -> s.turns().forEach(t -> ids.add(t.id())));
        return ids;
    }
}
