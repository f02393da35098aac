package dev.hermod.testing.model;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A plain JDK HTTP client speaking to the scripted server, as a test would. */
final class Client {
    final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String baseUrl;

    Client(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    static String chatBody(boolean stream, boolean includeUsage) {
        String options = includeUsage ? ",\"stream_options\":{\"include_usage\":true}" : "";
        return "{\"model\":\"test-model\",\"stream\":" + stream + options + ",\"messages\":["
                + "{\"role\":\"system\",\"content\":\"be brief\"},{\"role\":\"user\",\"content\":\"say hi\"}],"
                + "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"terminal\",\"description\":\"run\","
                + "\"parameters\":{\"type\":\"object\",\"properties\":{\"command\":{\"type\":\"string\"}}}}}]}";
    }

    HttpResponse<String> post(String body, Duration timeout, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/chat/completions"))
                .timeout(timeout).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) request.headers(headers);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return post(body, Duration.ofSeconds(10));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    JsonNode json(HttpResponse<String> response) throws IOException {
        return mapper.readTree(response.body());
    }

    /** The data of each server-sent event, in order. */
    static List<String> events(String body) {
        List<String> events = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (line.startsWith("data: ")) events.add(line.substring(6));
        }
        return events;
    }
}
