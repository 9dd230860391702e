package com.fieldwork.db.sync;

import com.fieldwork.core.sync.SyncOutcome;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The receipt's {@code result_json}: {@code {"code":..,"message":..,"result":{..}}} with string values only.
 * The db module has no JSON library, and an outcome is a handful of flat strings, so this small codec
 * (reading back only what it wrote) is cheaper than a dependency.
 */
final class ReceiptJson {

    private ReceiptJson() {
    }

    static String write(SyncOutcome outcome) {
        StringBuilder out = new StringBuilder("{");
        outcome.code().ifPresent(code -> out.append("\"code\":").append(quote(code)).append(','));
        outcome.message().ifPresent(message -> out.append("\"message\":").append(quote(message)).append(','));
        out.append("\"result\":{");
        String sep = "";
        for (var entry : new java.util.TreeMap<>(outcome.result()).entrySet()) {
            out.append(sep).append(quote(entry.getKey())).append(':').append(quote(entry.getValue()));
            sep = ",";
        }
        return out.append("}}").toString();
    }

    static SyncOutcome read(UUID eventId, SyncOutcome.Kind kind, String json) {
        Parser parser = new Parser(json);
        Map<String, Object> top = parser.object();
        @SuppressWarnings("unchecked")
        Map<String, String> result = (Map<String, String>) top.getOrDefault("result", Map.of());
        return new SyncOutcome(eventId, kind, Optional.ofNullable((String) top.get("code")),
                Optional.ofNullable((String) top.get("message")), result);
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Objects whose values are strings or objects; no whitespace, as {@link #write} produces none. */
    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        Map<String, Object> object() {
            expect('{');
            Map<String, Object> map = new LinkedHashMap<>();
            while (s.charAt(i) != '}') {
                String key = string();
                expect(':');
                map.put(key, s.charAt(i) == '{' ? object() : string());
                if (s.charAt(i) == ',') {
                    i++;
                }
            }
            i++;
            return map;
        }

        String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (s.charAt(i) != '"') {
                char c = s.charAt(i++);
                if (c == '\\') {
                    char e = s.charAt(i++);
                    if (e == 'u') {
                        out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    } else {
                        out.append(e);
                    }
                } else {
                    out.append(c);
                }
            }
            i++;
            return out.toString();
        }

        private void expect(char c) {
            if (s.charAt(i) != c) {
                throw new IllegalStateException("Unreadable receipt at " + i + ": " + s);
            }
            i++;
        }
    }
}
