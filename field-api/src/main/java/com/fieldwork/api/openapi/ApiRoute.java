package com.fieldwork.api.openapi;

import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One route as a phone-app developer needs to know it: what it is, what it takes, what it answers and how it
 * fails. Declared next to the handler in each controller's {@code install}, and handed with the handler to
 * {@link ApiRoutes}, which registers both, so the document cannot describe a route that does not exist.
 * The roles are the ones Javalin enforces; the document derives the route's security from them.
 */
public final class ApiRoute {

    /** What a path or query parameter holds; the route reads it as such and answers 400 otherwise. */
    public enum ParamType { ID, UUID, DATE, NUMBER, TEXT }

    public record Param(String name, String in, ParamType type, boolean required, String description) {
    }

    private static final Pattern PATH_PARAM = Pattern.compile("[{<]([^}>]+)[}>]");

    private final HandlerType method;
    private final String path;
    private String operationId;
    private String summary;
    private String description;
    private String tag;
    private final List<Param> params = new ArrayList<>();
    private Content request;
    private final Map<Integer, Reply> replies = new TreeMap<>();
    private final Set<Integer> errors = new TreeSet<>();
    private final List<RouteRole> roles = new ArrayList<>();

    private ApiRoute(HandlerType method, String path) {
        this.method = Objects.requireNonNull(method, "method");
        this.path = Objects.requireNonNull(path, "path");
    }

    public static ApiRoute get(String path) {
        return new ApiRoute(HandlerType.GET, path);
    }

    public static ApiRoute post(String path) {
        return new ApiRoute(HandlerType.POST, path);
    }

    public static ApiRoute put(String path) {
        return new ApiRoute(HandlerType.PUT, path);
    }

    public static ApiRoute delete(String path) {
        return new ApiRoute(HandlerType.DELETE, path);
    }

    /** {@code operationId} is what client generators name the method after, so it is stable and unique. */
    public ApiRoute operation(String operationId, String tag, String summary) {
        this.operationId = Objects.requireNonNull(operationId, "operationId");
        this.tag = Objects.requireNonNull(tag, "tag");
        this.summary = Objects.requireNonNull(summary, "summary");
        return this;
    }

    public ApiRoute description(String description) {
        this.description = Objects.requireNonNull(description, "description");
        return this;
    }

    public ApiRoute pathParam(String name, ParamType type, String description) {
        params.add(new Param(name, "path", type, true, description));
        return this;
    }

    public ApiRoute query(String name, ParamType type, boolean required, String description) {
        params.add(new Param(name, "query", type, required, description));
        return this;
    }

    /** A JSON body read into {@code type}; several types mean "one of these shapes". */
    public ApiRoute body(Class<?>... types) {
        this.request = Content.json(types);
        return this;
    }

    /** A body of raw bytes, e.g. a photo, in one of {@code mediaTypes}. */
    public ApiRoute binaryBody(String... mediaTypes) {
        this.request = Content.binary(mediaTypes);
        return this;
    }

    public ApiRoute reply(int status, String description, Class<?> type) {
        return withReply(status, description, Content.json(type));
    }

    public ApiRoute replyList(int status, String description, Class<?> type) {
        return withReply(status, description, Content.jsonList(type));
    }

    public ApiRoute replyBinary(int status, String description, String... mediaTypes) {
        return withReply(status, description, Content.binary(mediaTypes));
    }

    public ApiRoute replyEmpty(int status, String description) {
        return withReply(status, description, null);
    }

    private ApiRoute withReply(int status, String description, Content content) {
        replies.put(status, new Reply(description, Optional.ofNullable(content)));
        return this;
    }

    /**
     * The error statuses this route answers on its own, each with the shared {@code Error} body. 401 and 403
     * (from the route's security) and 400 for a malformed JSON body are added by the document.
     */
    public ApiRoute errors(int... statuses) {
        Arrays.stream(statuses).forEach(errors::add);
        return this;
    }

    /** The Javalin roles the route is registered with: {@code PublicRoute}, {@code ApiKeyRoute}, permissions. */
    public ApiRoute roles(RouteRole... roles) {
        this.roles.addAll(Arrays.asList(roles));
        return this;
    }

    public HandlerType method() {
        return method;
    }

    public String path() {
        return path;
    }

    String operationId() {
        return operationId;
    }

    String summary() {
        return summary;
    }

    Optional<String> description() {
        return Optional.ofNullable(description);
    }

    String tag() {
        return tag;
    }

    /** Every parameter of the path comes first; one not declared with {@link #pathParam} is a positive id. */
    List<Param> params() {
        List<Param> all = new ArrayList<>();
        Matcher names = PATH_PARAM.matcher(path);
        while (names.find()) {
            String name = names.group(1);
            all.add(params.stream().filter(p -> p.in().equals("path") && p.name().equals(name)).findFirst()
                    .orElse(new Param(name, "path", ParamType.ID, true, null)));
        }
        params.stream().filter(p -> !p.in().equals("path")).forEach(all::add);
        return all;
    }

    Optional<Content> request() {
        return Optional.ofNullable(request);
    }

    Map<Integer, Reply> replies() {
        return Map.copyOf(replies);
    }

    Set<Integer> errors() {
        return Set.copyOf(errors);
    }

    RouteRole[] roleArray() {
        return roles.toArray(RouteRole[]::new);
    }

    List<RouteRole> roles() {
        return List.copyOf(roles);
    }

    /** A route with no operation or no success answer is a half-written declaration; refuse it at start-up. */
    void requireComplete() {
        if (operationId == null || replies.keySet().stream().noneMatch(status -> status / 100 == 2)) {
            throw new IllegalStateException(method + " " + path + " needs operation(...) and at least one 2xx reply");
        }
    }

    record Reply(String description, Optional<Content> content) {
    }

    /** A body: JSON of one of {@code types} (a list of them when {@code list}), or bytes of {@code mediaTypes}. */
    record Content(List<Class<?>> types, boolean list, List<String> mediaTypes) {

        static Content json(Class<?>... types) {
            if (types.length == 0) {
                throw new IllegalArgumentException("name the body's type");
            }
            return new Content(List.of(types), false, List.of("application/json"));
        }

        static Content jsonList(Class<?> type) {
            return new Content(List.of(type), true, List.of("application/json"));
        }

        static Content binary(String... mediaTypes) {
            return new Content(List.of(), false, List.of(mediaTypes));
        }

        boolean isBinary() {
            return types.isEmpty();
        }
    }
}
