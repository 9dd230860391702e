package com.fieldwork.api.sync;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** The body of {@code POST /api/v1/sync}; each event is kept as JSON and read on its own. */
record SyncRequest(List<JsonNode> events) {
}
