package com.fieldwork.core.intake;

import com.fieldwork.core.intake.IntakeRequest.AddressInput;
import com.fieldwork.core.intake.IntakeRequest.AssetInput;
import com.fieldwork.core.intake.IntakeRequest.CustomerInput;
import com.fieldwork.core.intake.IntakeRequest.SiteInput;
import com.fieldwork.core.intake.IntakeRequest.WindowInput;
import com.fieldwork.core.workorder.Priority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Each rule of the intake shape on its own, then all of them failing together. */
class IntakeValidatorTest {

    static final AddressInput ADDRESS = new AddressInput("1 Main St", "Denver", "80202", "US");
    static final CustomerInput BY_NUMBER = new CustomerInput("C-000001", null, null, null, null, null);
    static final CustomerInput INLINE = new CustomerInput(null, "Ada Lovelace", "residential", "ada@example.com",
            "+1 303 555 0100", ADDRESS);
    static final SiteInput SITE_ID = new SiteInput(7L, null, null, null, null, null);
    static final SiteInput INLINE_SITE = new SiteInput(null, "Home", ADDRESS, 39.75, -104.99, "Gate code 4711");

    final IntakeValidator validator = new IntakeValidator();

    static IntakeRequest byNumber() {
        return new IntakeRequest("ERP-1", BY_NUMBER, SITE_ID, new AssetInput("SN1"), "HVAC", "TPL1", "high",
                "Furnace out", "No heat since morning", new WindowInput("2026-03-03T14:00:00Z", "2026-03-03T18:00:00Z"));
    }

    static IntakeRequest inline() {
        return new IntakeRequest("ERP-2", INLINE, INLINE_SITE, null, "HVAC", null, null, "Furnace out", null, null);
    }

    @Test
    void aRequestByReferenceIsTypedAndTrimmed() {
        ValidIntake valid = validator.validate(byNumber());

        assertThat(valid.customerNumber()).contains("C-000001");
        assertThat(valid.siteId()).hasValue(7);
        assertThat(valid.assetSerial()).contains("SN1");
        assertThat(valid.priority()).isEqualTo(Priority.HIGH);
        assertThat(valid.templateCode()).contains("TPL1");
        assertThat(valid.window()).isPresent();
    }

    @Test
    void anInlineRequestDescribesANewCustomerAndSiteAndDefaultsToNormal() {
        ValidIntake valid = validator.validate(inline());

        assertThat(valid.newCustomer()).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("Ada Lovelace"));
        assertThat(valid.newSite()).hasValueSatisfying(s -> assertThat(s.accessNotes()).contains("Gate code 4711"));
        assertThat(valid.priority()).isEqualTo(Priority.NORMAL);
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> oneBadField() {
        return Stream.of(
                arguments("externalRef", edit(r -> with(r, "externalRef", " "))),
                arguments("customer", edit(r -> new IntakeRequest(r.externalRef(), null, r.site(), r.asset(),
                        r.serviceTypeCode(), r.templateCode(), r.priority(), r.summary(), r.description(), r.requestedWindow()))),
                arguments("customer", edit(r -> customer(r, new CustomerInput("C-1", "Also a name", null, null, null, null)))),
                arguments("site", edit(r -> site(r, null))),
                arguments("site.id", edit(r -> site(r, new SiteInput(0L, null, null, null, null, null)))),
                arguments("asset.serial", edit(r -> new IntakeRequest(r.externalRef(), r.customer(), r.site(),
                        new AssetInput(""), r.serviceTypeCode(), r.templateCode(), r.priority(), r.summary(),
                        r.description(), r.requestedWindow()))),
                arguments("serviceTypeCode", edit(r -> with(r, "serviceTypeCode", null))),
                arguments("templateCode", edit(r -> with(r, "templateCode", "X".repeat(41)))),
                arguments("priority", edit(r -> with(r, "priority", "URGENT"))),
                arguments("summary", edit(r -> with(r, "summary", ""))),
                arguments("description", edit(r -> with(r, "description", "d".repeat(4001)))),
                arguments("requestedWindow.start", edit(r -> window(r, new WindowInput("tomorrow", "2026-03-03T18:00:00Z")))),
                arguments("requestedWindow.end", edit(r -> window(r, new WindowInput("2026-03-03T18:00:00Z", null)))),
                arguments("requestedWindow.end", edit(r -> window(r, new WindowInput("2026-03-03T18:00:00Z", "2026-03-03T14:00:00Z")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneBadField")
    void eachRuleByReferenceCanFail(String field, UnaryOperator<IntakeRequest> breakIt) {
        assertOnlyBad(breakIt.apply(byNumber()), field);
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> oneBadInlineField() {
        AddressInput a = ADDRESS;
        return Stream.of(
                arguments("customer.name", customer(inline(), new CustomerInput(null, " ", "COMMERCIAL", null, null, a))),
                arguments("customer.kind", customer(inline(), new CustomerInput(null, "Ada", "alien", null, null, a))),
                arguments("customer.email", customer(inline(), new CustomerInput(null, "Ada", "COMMERCIAL", "ada-at-home", null, a))),
                arguments("customer.phone", customer(inline(), new CustomerInput(null, "Ada", "COMMERCIAL", null, "9".repeat(41), a))),
                arguments("customer.address", customer(inline(), new CustomerInput(null, "Ada", "COMMERCIAL", null, null, null))),
                arguments("customer.address.street", customer(inline(), new CustomerInput(null, "Ada", "COMMERCIAL", null, null,
                        new AddressInput(null, "Denver", "80202", "US")))),
                arguments("customer.address.city", customer(inline(), new CustomerInput(null, "Ada", "COMMERCIAL", null, null,
                        new AddressInput("1 Main", "", "80202", "US")))),
                arguments("customer.address.postalCode", customer(inline(), new CustomerInput(null, "Ada", "COMMERCIAL", null, null,
                        new AddressInput("1 Main", "Denver", null, "US")))),
                arguments("customer.address.country", customer(inline(), new CustomerInput(null, "Ada", "COMMERCIAL", null, null,
                        new AddressInput("1 Main", "Denver", "80202", "us")))),
                arguments("site.id", site(inline(), SITE_ID)),
                arguments("site.name", site(inline(), new SiteInput(null, null, a, 39.7, -104.9, null))),
                arguments("site.address", site(inline(), new SiteInput(null, "Home", null, 39.7, -104.9, null))),
                arguments("site.lat", site(inline(), new SiteInput(null, "Home", a, 91.0, -104.9, null))),
                arguments("site.lon", site(inline(), new SiteInput(null, "Home", a, 39.7, null, null))),
                arguments("site.accessNotes", site(inline(), new SiteInput(null, "Home", a, 39.7, -104.9, "n".repeat(2001)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneBadInlineField")
    void eachInlineRuleCanFail(String field, IntakeRequest request) {
        assertOnlyBad(request, field);
    }

    @Test
    void everyBadFieldIsReportedNotJustTheFirst() {
        IntakeRequest bad = new IntakeRequest(null, new CustomerInput(null, "", "alien", "nope", null, ADDRESS),
                SITE_ID, null, "HVAC", null, "soon", "Furnace out", null, null);

        assertThatThrownBy(() -> validator.validate(bad))
                .isInstanceOfSatisfying(IntakeValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("externalRef", "customer.name", "customer.kind", "customer.email", "site.id", "priority"))
                .hasMessageContaining("6 invalid field(s)");
    }

    @Test
    void aMissingBodyIsOneError() {
        assertThatThrownBy(() -> validator.validate(null))
                .isInstanceOfSatisfying(IntakeValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("body"));
    }

    private void assertOnlyBad(IntakeRequest request, String field) {
        assertThatThrownBy(() -> validator.validate(request))
                .isInstanceOfSatisfying(IntakeValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly(field));
    }

    private static UnaryOperator<IntakeRequest> edit(UnaryOperator<IntakeRequest> f) {
        return f;
    }

    private static IntakeRequest with(IntakeRequest r, String field, String value) {
        return new IntakeRequest(
                field.equals("externalRef") ? value : r.externalRef(), r.customer(), r.site(), r.asset(),
                field.equals("serviceTypeCode") ? value : r.serviceTypeCode(),
                field.equals("templateCode") ? value : r.templateCode(),
                field.equals("priority") ? value : r.priority(),
                field.equals("summary") ? value : r.summary(),
                field.equals("description") ? value : r.description(), r.requestedWindow());
    }

    private static IntakeRequest customer(IntakeRequest r, CustomerInput c) {
        return new IntakeRequest(r.externalRef(), c, r.site(), r.asset(), r.serviceTypeCode(), r.templateCode(),
                r.priority(), r.summary(), r.description(), r.requestedWindow());
    }

    private static IntakeRequest site(IntakeRequest r, SiteInput s) {
        return new IntakeRequest(r.externalRef(), r.customer(), s, r.asset(), r.serviceTypeCode(), r.templateCode(),
                r.priority(), r.summary(), r.description(), r.requestedWindow());
    }

    private static IntakeRequest window(IntakeRequest r, WindowInput w) {
        return new IntakeRequest(r.externalRef(), r.customer(), r.site(), r.asset(), r.serviceTypeCode(), r.templateCode(),
                r.priority(), r.summary(), r.description(), w);
    }
}
