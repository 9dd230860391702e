package com.fieldwork.api.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fieldwork.db.demo.DemoCredentials;
import com.fieldwork.db.demo.DemoUser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the load needs from the demo company, asked over the API like a phone would: a token per
 * technician, who has visits today, and the jobs of the next two weeks that a technician may move back
 * and forth (assigned ↔ en route, in progress ↔ waiting for parts) with their current versions.
 */
final class DemoJobs {

    /** The statuses from which a technician has a move that a later move undoes. */
    private static final Set<String> MOVABLE = Set.of("ASSIGNED", "EN_ROUTE", "ARRIVED", "IN_PROGRESS",
            "WAITING_FOR_PARTS");
    private static final int DAYS_AHEAD = 14;

    record Job(long id, String status, long version, String token) {
    }

    record Technician(String username, String token, boolean busyToday, List<Job> movableJobs) {
    }

    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final URI base;
    private final Map<String, String> tokens = new LinkedHashMap<>();

    DemoJobs(URI base) {
        this.base = base;
    }

    /** Every demo technician with a token; signs in only once per technician. */
    List<Technician> technicians() throws IOException, InterruptedException {
        Set<Long> seen = new HashSet<>();
        List<Technician> technicians = new ArrayList<>();
        for (DemoUser user : DemoCredentials.technicians()) {
            String token = tokens.computeIfAbsent(user.username(), username -> login(user));
            JsonNode today = get("/api/v1/visits", token);
            LocalDate date = LocalDate.parse(today.get("date").asText());
            List<Job> jobs = new ArrayList<>();
            for (int day = 0; day < DAYS_AHEAD; day++) {
                JsonNode visits = day == 0 ? today : get("/api/v1/visits?date=" + date.plusDays(day), token);
                for (JsonNode visit : visits.get("visits")) {
                    long id = visit.get("workOrderId").asLong();
                    // a job with visits by two technicians is moved by the first only: no version races
                    if (MOVABLE.contains(visit.get("status").asText()) && seen.add(id)) {
                        jobs.add(new Job(id, visit.get("status").asText(), visit.get("workOrderVersion").asLong(),
                                token));
                    }
                }
            }
            technicians.add(new Technician(user.username(), token, !today.get("visits").isEmpty(), jobs));
        }
        return technicians;
    }

    private String login(DemoUser user) {
        String body = "{\"username\":\"" + user.username() + "\",\"password\":\"" + user.password() + "\"}";
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return read(request).get("token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot sign in as " + user.username() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while signing in", e);
        }
    }

    private JsonNode get(String path, String token) throws IOException, InterruptedException {
        return read(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token).build());
    }

    private JsonNode read(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(request.method() + " " + request.uri() + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        return json.readTree(response.body());
    }
}
