package dev.hermod.bench.memory;

import java.util.List;
import java.util.Random;

/**
 * The facts a generated conversation tells once each, and the questions about them. A fact's
 * tellings are user turns; the ones marked as evidence state the answer, the others only set it up
 * or are the earlier state that a change replaced. Questions are paraphrased: they share a word or
 * two with the evidence, never the whole sentence.
 */
final class PlantedFacts {

    /** When a telling may be placed: in the first half of the sessions, the second, or anywhere. */
    enum Phase { EARLY, LATE, ANY }

    record Telling(String text, Phase phase, boolean evidence) {}

    record Fact(String question, List<Telling> tellings) {}

    private static final String[] CITIES = {"Lyon", "Porto", "Ghent", "Bologna", "Krakow", "Valencia", "Leeds", "Graz"};
    private static final String[] COUNTRIES = {"Japan", "Iceland", "Morocco", "Peru", "Norway", "Vietnam", "Greece"};
    private static final String[] PETS = {"Miso", "Pickle", "Biscuit", "Juniper", "Noodle", "Pepper", "Waffles"};
    private static final String[] ANIMALS = {"cat", "rabbit", "beagle", "tortoise"};
    private static final String[] COLLEAGUES = {"Anders", "Fatima", "Kenji", "Lucia", "Oskar", "Ingrid", "Rahul"};
    private static final String[] ROLES = {"head of design", "engineering manager", "chief financial officer",
        "product lead", "data science director"};
    private static final String[] DRINKS = {"green tea", "matcha", "rooibos", "hot chocolate", "yerba mate"};
    private static final String[] SUBJECTS = {"marine biology", "architecture", "linguistics", "astrophysics", "law"};
    private static final String[] SISTERS = {"Clara", "Nina", "Sofia", "Hanna", "Leila"};
    private static final String[] ALLERGENS = {"peanuts", "shellfish", "sesame", "kiwi"};
    private static final String[] HOBBIES = {"pottery", "salsa", "woodworking", "watercolour", "bouldering"};
    private static final String[] CARS = {"Skoda Octavia", "Toyota Yaris", "Volvo estate", "Fiat Panda", "Renault Zoe"};
    private static final String[] DATES = {"14 March", "2 May", "23 June", "9 September", "30 October", "5 April"};
    private static final String[] BOOKS = {"Middlemarch", "Piranesi", "The Overstory", "Stoner", "Dune"};
    private static final String[] COMPANIES = {"Northwind", "Bluefjord", "Lumen Labs", "Copperleaf", "Tideway"};
    private static final String[] JOBS = {"backend developer", "UX researcher", "project coordinator", "analyst"};
    private static final String[] RACES = {"Berlin half marathon", "city 10k", "trail ultra", "Rotterdam marathon"};
    private static final String[] TIMES = {"1 hour 52 minutes", "48 minutes", "3 hours 41 minutes", "2 hours 5 minutes"};
    private static final String[] FRIENDS = {"Tomasz", "Beatriz", "Dmitri", "Aisha", "Pierre"};
    private static final String[] BABIES = {"Leo", "Mateo", "Felix", "Arlo", "Emil"};
    private static final String[] MONTHS = {"January", "February", "April", "July", "November"};

    private PlantedFacts() {}

    /** Fifteen facts about {@code user}, with values drawn from {@code random}. */
    static List<Fact> draw(Random random, String user) {
        String[] cities = two(random, CITIES);
        String animal = one(random, ANIMALS), pet = one(random, PETS), country = one(random, COUNTRIES);
        String colleague = one(random, COLLEAGUES), sister = one(random, SISTERS), allergen = one(random, ALLERGENS);
        String company = one(random, COMPANIES), race = one(random, RACES), friend = one(random, FRIENDS);
        return List.of(
                fact("Where is " + user + " living now after the move?",
                        early("I live in " + cities[0] + ", close to the old market, and I love it.", false),
                        late("Big news: I moved from " + cities[0] + " to " + cities[1] + " last month, the flat is tiny but sunny.", true)),
                fact("What is the name of the " + animal + " " + user + " adopted?",
                        any("We finally adopted a " + animal + " from the shelter, she's called " + pet + ".", true)),
                fact("When does " + user + " leave for the " + country + " holiday?",
                        any("We booked the trip to " + country + ", flying out on " + one(random, DATES) + ".", true)),
                fact("What job does " + colleague + " have now?",
                        any("My colleague " + colleague + " just got promoted to " + one(random, ROLES) + ", well deserved.", true)),
                fact("What does " + user + " drink in the mornings these days?",
                        any("I used to drink coffee every morning but I switched to " + one(random, DRINKS) + " this spring.", true)),
                fact("What subject does " + user + "'s sister study?",
                        any("My sister " + sister + " is studying " + one(random, SUBJECTS) + " at university now.", true)),
                fact("Which food does " + user + " have to avoid because of an allergy?",
                        any("Heads up for the dinner, I'm allergic to " + allergen + ", so nothing with " + allergen + " please.", true)),
                fact("What class does " + user + " take on Thursdays?",
                        any("I signed up for " + one(random, HOBBIES) + " classes on Thursday evenings.", true)),
                fact("What car does " + user + " drive now?",
                        any("We sold the old car and bought a second-hand " + one(random, CARS) + ".", true)),
                fact("When is " + user + "'s birthday?",
                        any("My birthday is on " + one(random, DATES) + ", I'm planning a small party.", true)),
                fact("Which novel is " + user + " in the middle of?",
                        any("I'm reading " + one(random, BOOKS) + " right now, slow but beautiful.", true)),
                fact("Which company offered " + user + " a job, and for what position?",
                        early("I had the interview at " + company + " today, fingers crossed.", false),
                        late("I accepted the offer from " + company + ", I start as " + one(random, JOBS) + " in " + one(random, MONTHS) + ".", true)),
                fact("How did " + user + "'s " + race + " go, what was the finishing time?",
                        early("I'm training for the " + race + ", four runs a week.", true),
                        late("I finished the " + race + " in " + one(random, TIMES) + ", my legs are dead.", true)),
                fact("What is the name of " + friend + "'s son?",
                        any(friend + " had a baby boy, they named him " + one(random, BABIES) + ".", true)),
                fact("Does " + user + " still eat meat?",
                        any("I've been vegetarian since " + one(random, MONTHS) + ", no more meat for me.", true)));
    }

    private static Fact fact(String question, Telling... tellings) {
        return new Fact(question, List.of(tellings));
    }

    private static Telling early(String text, boolean evidence) { return new Telling(text, Phase.EARLY, evidence); }

    private static Telling late(String text, boolean evidence) { return new Telling(text, Phase.LATE, evidence); }

    private static Telling any(String text, boolean evidence) { return new Telling(text, Phase.ANY, evidence); }

    private static String one(Random random, String[] from) {
        return from[random.nextInt(from.length)];
    }

    private static String[] two(Random random, String[] from) {
        int a = random.nextInt(from.length);
        int b = (a + 1 + random.nextInt(from.length - 1)) % from.length;
        return new String[] {from[a], from[b]};
    }
}
