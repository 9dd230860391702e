package com.fieldwork.api.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fieldwork.api.FieldApi;
import com.fieldwork.api.FieldApiContext;
import com.fieldwork.api.testing.ApiFixture;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.Address;
import com.fieldwork.core.customer.CustomerDetails;
import com.fieldwork.core.customer.CustomerKind;
import com.fieldwork.core.security.Role;
import com.fieldwork.db.Database;
import com.fieldwork.db.intake.JooqIntakeTransactions;
import com.fieldwork.core.testing.MutableClock;
import com.fieldwork.db.testing.Seed;
import com.fieldwork.db.testing.TestDatabases;
import com.fieldwork.db.testing.TestEngine;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import org.jooq.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.fieldwork.db.jooq.Tables.ASSET;
import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static com.fieldwork.db.jooq.Tables.CHANGE_FEED;
import static com.fieldwork.db.jooq.Tables.CUSTOMER;
import static com.fieldwork.db.jooq.Tables.SERVICE_TYPE;
import static com.fieldwork.db.jooq.Tables.SITE;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER;
import static com.fieldwork.db.jooq.Tables.WORK_ORDER_TEMPLATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Work orders sent in with an API key, on H2 and PostgreSQL: created, replayed, and refused. */
@ParameterizedClass(name = "[{0}]")
@EnumSource(TestEngine.class)
class IntakeEndpointTest {

    static final Instant T0 = Instant.parse("2026-03-02T13:00:00Z");
    static final ObjectMapper JSON = new ObjectMapper();
    static final String INTAKE = "/api/v1/intake/work-orders";
    static final List<Table<?>> WRITTEN = List.of(WORK_ORDER, CUSTOMER, SITE, AUDIT_LOG, CHANGE_FEED);

    @Parameter
    TestEngine engine;

    Database database;
    FieldApiContext context;
    ApiFixture fixture;
    Actor admin;
    String key;
    String customerNumber;
    long siteId;
    String serial;
    String serviceTypeCode;
    String templateCode;

    @BeforeEach
    void openDatabase() {
        database = TestDatabases.fresh(engine);
        context = new FieldApiContext(database, new MutableClock(T0), "test");
        fixture = new ApiFixture(context);
        admin = fixture.user(Role.SUPER_ADMIN);
        key = context.apiKeys().create(admin, "ERP", Role.DISPATCHER).plaintext();
        var dsl = database.dsl();
        // customers, sites and the catalog only: branch codes and usernames are the fixture's, whose Seed counts apart
        Seed seed = new Seed(dsl);
        long customerId = seed.customer(fixture.branch());
        siteId = seed.site(customerId);
        long assetId = seed.asset(siteId);
        long serviceTypeId = seed.serviceType();
        long templateId = seed.template(serviceTypeId);
        seed.slaPolicy("HIGH", null, 240, 1440);
        customerNumber = dsl.select(CUSTOMER.NUMBER).from(CUSTOMER).where(CUSTOMER.ID.eq(customerId)).fetchSingle().value1();
        serial = dsl.select(ASSET.SERIAL_NUMBER).from(ASSET).where(ASSET.ID.eq(assetId)).fetchSingle().value1();
        serviceTypeCode = dsl.select(SERVICE_TYPE.CODE).from(SERVICE_TYPE).where(SERVICE_TYPE.ID.eq(serviceTypeId))
                .fetchSingle().value1();
        templateCode = dsl.select(WORK_ORDER_TEMPLATE.CODE).from(WORK_ORDER_TEMPLATE)
                .where(WORK_ORDER_TEMPLATE.ID.eq(templateId)).fetchSingle().value1();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    ObjectNode byReference(String externalRef) {
        ObjectNode body = JSON.createObjectNode().put("externalRef", externalRef)
                .put("serviceTypeCode", serviceTypeCode).put("templateCode", templateCode)
                .put("priority", "HIGH").put("summary", "Furnace out").put("description", "No heat since 6am");
        body.putObject("customer").put("number", customerNumber);
        body.putObject("site").put("id", siteId);
        body.putObject("asset").put("serial", serial);
        return body;
    }

    ObjectNode inline(String externalRef) {
        ObjectNode body = JSON.createObjectNode().put("externalRef", externalRef)
                .put("serviceTypeCode", serviceTypeCode).put("summary", "Leaking boiler");
        ObjectNode customer = body.putObject("customer").put("name", "Ada Lovelace").put("kind", "RESIDENTIAL")
                .put("email", "ada@example.com");
        address(customer.putObject("address"));
        ObjectNode site = body.putObject("site").put("name", "Home").put("lat", 39.74).put("lon", -104.98);
        address(site.putObject("address"));
        return body;
    }

    static void address(ObjectNode address) {
        address.put("street", "12 Elm St").put("city", "Denver").put("postalCode", "80203").put("country", "US");
    }

    Response send(HttpClient client, JsonNode body) {
        return ApiFixture.postJson(client, INTAKE, body.toString(), request -> request.header("X-Api-Key", key));
    }

    static JsonNode json(Response response) throws IOException {
        return JSON.readTree(response.body().string());
    }

    List<Integer> counts() {
        return WRITTEN.stream().map(table -> database.dsl().fetchCount(table)).toList();
    }

    @Test
    void aValidKeyCreatesTheWorkOrderUnderTheKeysOwner() {
        JavalinTest.test(FieldApi.create(context), (server, client) -> {
            Response response = send(client, byReference("ERP-100"));

            assertThat(response.code()).isEqualTo(201);
            JsonNode body = json(response);
            long id = body.get("id").asLong();
            assertThat(response.headers().get("Location")).containsExactly("/api/v1/jobs/" + id);
            assertThat(body.get("number").asText()).matches("WO-\\d+.*");
            assertThat(body.get("status").asText()).isEqualTo("PENDING");
            assertThat(body.get("slaResponseDue").asText()).isEqualTo("2026-03-02T17:00:00Z");
            assertThat(body.get("slaResolutionDue").asText()).isEqualTo("2026-03-03T13:00:00Z");
            assertThat(body.get("siteId").asLong()).isEqualTo(siteId);

            var row = database.dsl().selectFrom(WORK_ORDER).where(WORK_ORDER.ID.eq(id)).fetchSingle();
            assertThat(row.getCreatedBy()).isEqualTo(admin.userId());
            assertThat(row.getSource()).isEqualTo("API");
            assertThat(row.getExternalRef()).isEqualTo("ERP-100");
            assertThat(row.getAssetId()).isNotNull();
            assertThat(row.getTemplateId()).isNotNull();
            var audit = database.dsl().selectFrom(AUDIT_LOG)
                    .where(AUDIT_LOG.ENTITY.eq("work_order").and(AUDIT_LOG.ENTITY_ID.eq(String.valueOf(id)))).fetch();
            assertThat(audit).isNotEmpty().allSatisfy(entry -> {
                assertThat(entry.getActorId()).isEqualTo(admin.userId());
                assertThat(entry.getActorName()).contains("API key ERP");
            });
            assertThat(database.dsl().fetchCount(CHANGE_FEED,
                    CHANGE_FEED.ENTITY.eq("work_order").and(CHANGE_FEED.ENTITY_ID.eq(String.valueOf(id))))).isPositive();
        });
    }

    @Test
    void aResendOfTheSameReferenceReturnsTheFirstOrderAndWritesNothing() {
        JavalinTest.test(FieldApi.create(context), (server, client) -> {
            JsonNode first = json(send(client, byReference("ERP-7")));
            List<Integer> before = counts();

            Response again = send(client, byReference("ERP-7"));
            // a changed payload under the same reference is still the same request: the first one wins
            Response changed = send(client, byReference("ERP-7").put("summary", "Something else"));

            assertThat(again.code()).isEqualTo(200);
            assertThat(json(again)).isEqualTo(first);
            assertThat(changed.code()).isEqualTo(200);
            assertThat(json(changed).get("id")).isEqualTo(first.get("id"));
            assertThat(counts()).isEqualTo(before);
        });
    }

    @Test
    void anInlineCustomerAndSiteAreCreatedOnceEvenWhenResent() {
        JavalinTest.test(FieldApi.create(context), (server, client) -> {
            int customersBefore = database.dsl().fetchCount(CUSTOMER);
            Response created = send(client, inline("WEB-1"));
            Response resent = send(client, inline("WEB-1"));

            assertThat(created.code()).isEqualTo(201);
            assertThat(resent.code()).isEqualTo(200);
            JsonNode body = json(created);
            var customer = database.dsl().selectFrom(CUSTOMER).where(CUSTOMER.ID.eq(body.get("customerId").asLong())).fetchSingle();
            assertThat(customer.getName()).isEqualTo("Ada Lovelace");
            assertThat(customer.getBranchId()).isEqualTo(fixture.branch());
            assertThat(database.dsl().fetchCount(SITE, SITE.CUSTOMER_ID.eq(customer.getId()))).isEqualTo(1);
            assertThat(database.dsl().fetchCount(CUSTOMER)).isEqualTo(customersBefore + 1);
        });
    }

    @Test
    void everyBadFieldIsListedAndNothingIsWritten() {
        JavalinTest.test(FieldApi.create(context), (server, client) -> {
            List<Integer> before = counts();
            ObjectNode bad = byReference("ERP-9").put("priority", "SOON").put("summary", " ");
            bad.remove("externalRef");
            bad.putObject("requestedWindow").put("start", "2026-03-03T18:00:00Z").put("end", "2026-03-03T14:00:00Z");

            Response response = send(client, bad);

            assertThat(response.code()).isEqualTo(400);
            JsonNode body = json(response);
            assertThat(body.get("error").asText()).isEqualTo("validation_failed");
            assertThat(body.get("details").get("errors").findValuesAsText("field"))
                    .containsExactly("externalRef", "priority", "summary", "requestedWindow.end");
            assertThat(body.get("details").get("errors").get(0).get("message").asText()).isNotBlank();
            assertThat(counts()).isEqualTo(before);
        });
    }

    @Test
    void unknownReferencesAreNamedByField() {
        JavalinTest.test(FieldApi.create(context), (server, client) -> {
            ObjectNode unknown = byReference("ERP-10").put("serviceTypeCode", "NOPE").put("templateCode", "NONE");
            ((ObjectNode) unknown.get("customer")).put("number", "C-999999");

            Response response = send(client, unknown);

            assertThat(response.code()).isEqualTo(400);
            assertThat(json(response).get("details").get("errors").findValuesAsText("field"))
                    .containsExactly("customer.number", "serviceTypeCode");

            ObjectNode wrongSite = byReference("ERP-10").put("templateCode", "NONE");
            ((ObjectNode) wrongSite.get("site")).put("id", 999_999);
            assertThat(json(send(client, wrongSite)).get("details").get("errors").findValuesAsText("field"))
                    .containsExactly("site.id", "templateCode");
            ObjectNode wrongAsset = byReference("ERP-10");
            ((ObjectNode) wrongAsset.get("asset")).put("serial", "NO-SUCH-SERIAL");
            assertThat(json(send(client, wrongAsset)).get("details").get("errors").findValuesAsText("field"))
                    .containsExactly("asset.serial");
            assertThat(database.dsl().fetchCount(WORK_ORDER)).isZero();
        });
    }

    @Test
    void aKeyWhoseRoleCannotCreateWorkOrdersIsForbidden() {
        String accountantKey = context.apiKeys().create(admin, "Books", Role.ACCOUNTANT).plaintext();
        JavalinTest.test(FieldApi.create(context), (server, client) -> {
            Response response = ApiFixture.postJson(client, INTAKE, byReference("ERP-11").toString(),
                    request -> request.header("X-Api-Key", accountantKey));

            assertThat(response.code()).isEqualTo(403);
            assertThat(database.dsl().fetchCount(WORK_ORDER)).isZero();
        });
    }

    @Test
    void withoutAKeyNothingHappens() {
        JavalinTest.test(FieldApi.create(context), (server, client) -> {
            Response response = ApiFixture.postJson(client, INTAKE, byReference("ERP-12").toString());

            assertThat(response.code()).isEqualTo(401);
            assertThat(json(response).get("error").asText()).isEqualTo("unauthenticated");
            assertThat(database.dsl().fetchCount(WORK_ORDER)).isZero();
        });
    }

    @Test
    void simultaneousFirstSendsOfOneReferenceCreateOneOrderAndOneCustomer() {
        JavalinTest.test(FieldApi.create(context), (server, client) -> {
            int customersBefore = database.dsl().fetchCount(CUSTOMER);
            int senders = 6;
            ExecutorService pool = Executors.newFixedThreadPool(senders);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Response>> sent = new ArrayList<>();
                for (int i = 0; i < senders; i++) {
                    sent.add(pool.submit(() -> {
                        go.await();
                        return send(client, inline("WEB-RACE"));
                    }));
                }
                go.countDown();
                List<Integer> codes = new ArrayList<>();
                Set<Long> ids = new HashSet<>();
                for (Future<Response> future : sent) {
                    Response response = future.get(60, TimeUnit.SECONDS);
                    codes.add(response.code());
                    JsonNode body = json(response);
                    assertThat(body.has("id")).as("%s %s", response.code(), body).isTrue();
                    ids.add(body.get("id").asLong());
                }

                assertThat(ids).hasSize(1);
                assertThat(codes).filteredOn(code -> code == 201).hasSize(1);
                assertThat(codes).filteredOn(code -> code == 200).hasSize(senders - 1);
                assertThat(database.dsl().fetchCount(WORK_ORDER)).isEqualTo(1);
                assertThat(database.dsl().fetchCount(CUSTOMER)).isEqualTo(customersBefore + 1);
            } finally {
                pool.shutdownNow();
            }
        });
    }

    @Test
    void aFailureAfterTheInlineCustomerLeavesNoCustomerBehind() {
        List<Integer> before = counts();
        var transactions = new JooqIntakeTransactions(database.dsl(), new MutableClock(T0));

        assertThatThrownBy(() -> transactions.inTransaction(scope -> {
            scope.lookups().customers().create(new CustomerDetails("Orphan Ltd", CustomerKind.COMMERCIAL,
                    Optional.empty(), Optional.empty(), new Address("1 Main St", "Denver", "80202", "US"), fixture.branch(), Optional.empty(), Optional.empty()), admin);
            throw new IllegalStateException("the work order could not be written");
        })).hasMessageContaining("could not be written");

        assertThat(counts()).isEqualTo(before);
    }
}
