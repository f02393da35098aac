package dev.hermod.bench.memory;

import java.util.List;
import java.util.Random;

/** Everyday small talk for generated conversations: templates filled with random choices. */
final class Chatter {

    private static final List<String> OPENERS = List.of(
            "Hey, how was your {day}?", "Morning! Did you sleep well?", "Hi, long time no talk, what's new?",
            "Evening. Survived the week?", "Hey you, got a minute to chat?", "Hello again! How's everything going?");
    private static final List<String> LINES = List.of(
            "The weather has been so {weather} all week, I barely left the house.",
            "I tried a new {food} place near the station, it was {verdict}.",
            "We watched {show} last night, the ending was {verdict}.",
            "Work was {busy} today, three meetings back to back.",
            "I need to buy {item} before the weekend.",
            "My neighbour's {animal} kept barking until midnight again.",
            "I went for a long walk by the {place} on {day}.",
            "Do you have any plans for {day}?",
            "I'm thinking of cooking {food} tonight, any tips?",
            "The train was late again this morning, twenty minutes this time.",
            "I finally cleaned the {room}, it took the whole afternoon.",
            "Did you see the news about the {event}? Crazy.",
            "My phone battery dies so fast lately, I might replace it.",
            "Someone at the office brought {food} for everyone, it was {verdict}.",
            "I keep meaning to call my parents but the week flies by.",
            "The {place} was packed on {day}, we could not find a table.",
            "I started a podcast about {topic}, only two episodes in.",
            "We played board games on {day}, I lost every single round.",
            "My plants on the balcony are finally growing.",
            "I'm so tired, I think I'll go to bed early tonight.",
            "There's a {event} in town next month, might be fun.",
            "I read an article about {topic}, really made me think.",
            "I'm trying to drink more water, it's harder than it sounds.",
            "The heating in the {room} is broken again.",
            "My cousin visited on {day}, we ate way too much {food}.",
            "I haven't been to the gym in weeks, feeling guilty.",
            "The coffee machine at work broke, everyone was grumpy.",
            "I found an old photo album in the {room}, lots of memories.",
            "Traffic was {busy} on the way home, took ages.",
            "Thinking about repainting the {room} in a lighter colour.");
    private static final List<String> REPLIES = List.of(
            "Ha, that sounds about right.", "Oh no, that's annoying.", "Nice! I'm a bit jealous.",
            "Really? Tell me more.", "Same here, honestly.", "That's {verdict}, I'd say.",
            "I know the feeling.", "Sounds like a plan.", "Oh wow, I didn't expect that.",
            "We should do that together sometime.", "Hang in there.", "Good for you!",
            "I tried that once on {day}, it was {verdict}.", "Makes sense to me.",
            "Can't argue with that.", "Let me know how it goes.");
    private static final List<String> CLOSERS = List.of(
            "Anyway, I should get going. Talk soon!", "OK, time for dinner, bye!", "Gotta run, catch you later.",
            "Alright, good night!", "Thanks for the chat, see you.");

    private static final String[][] SLOTS = {
        {"{day}", "Monday", "Tuesday", "Wednesday", "Friday", "Saturday", "Sunday", "the weekend"},
        {"{weather}", "rainy", "grey", "windy", "hot", "cold", "humid"},
        {"{food}", "ramen", "pizza", "tacos", "curry", "dumplings", "falafel", "pasta", "sushi", "soup"},
        {"{verdict}", "amazing", "fine", "a bit disappointing", "surprisingly good", "weird", "great"},
        {"{show}", "that detective series", "a nature documentary", "an old western", "the cooking show",
            "a space movie", "the baking contest"},
        {"{busy}", "hectic", "slow", "chaotic", "quiet", "intense"},
        {"{item}", "new shoes", "a gift for my aunt", "printer ink", "a winter jacket", "groceries"},
        {"{animal}", "dog", "parrot", "puppy", "husky"},
        {"{place}", "river", "park", "harbour", "lake", "old town", "beach"},
        {"{room}", "kitchen", "garage", "attic", "bathroom", "living room"},
        {"{event}", "street festival", "election", "storm", "concert", "marathon", "food fair"},
        {"{topic}", "history", "sleep", "urban gardening", "old films", "space travel", "money"},
    };

    private final Random random;

    Chatter(Random random) {
        this.random = random;
    }

    String opener() { return fill(pick(OPENERS)); }

    String line() { return fill(pick(LINES)); }

    String reply() { return fill(pick(REPLIES)); }

    String closer() { return fill(pick(CLOSERS)); }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private String fill(String template) {
        String out = template;
        for (String[] slot : SLOTS) {
            while (out.contains(slot[0])) out = out.replaceFirst(java.util.regex.Pattern.quote(slot[0]),
                    slot[1 + random.nextInt(slot.length - 1)]);
        }
        return out;
    }
}
