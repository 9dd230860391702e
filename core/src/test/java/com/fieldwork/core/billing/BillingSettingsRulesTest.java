package com.fieldwork.core.billing;

import com.fieldwork.core.common.ValidationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BillingSettingsRulesTest {

    private static BillingSettings template(String template) {
        return new BillingSettings(Optional.of(template), 30, 0);
    }

    @Test
    void aTemplateWithoutTheNumberIsRefusedSaying() {
        assertThatThrownBy(() -> template("https://pay.example.com/?amount={amount}"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The payment link template must contain {number} (or {invoice}) where the invoice number"
                            + " goes, else every invoice gets the same link");
    }

    @Test
    void aTemplateThatIsNoWebAddressIsRefusedSaying() {
        assertThatThrownBy(() -> template("pay.example.com/{number}"))
                .hasMessage("The payment link template must be a web address starting with https:// (or http://), got"
                            + " pay.example.com/{number}");
        assertThatThrownBy(() -> template("https:///{number}"))
                .hasMessageStartingWith("The payment link template has no host name after https://");
        assertThatThrownBy(() -> template("https://pay example.com/{number}"))
                .hasMessage("The payment link template is not a valid web address (Illegal character in authority):"
                            + " https://pay example.com/{number}");
    }

    @Test
    void termsAreZeroToAYearAndABlankTemplateMeansNone() {
        assertThatThrownBy(() -> new BillingSettings(Optional.empty(), 366, 0))
                .hasMessage("Payment terms are 0 to 365 days, got 366");
        assertThatThrownBy(() -> new BillingSettings(Optional.empty(), -1, 0)).isInstanceOf(ValidationException.class);
        assertThat(new BillingSettings(Optional.of("  "), 0, 0).paymentLinkTemplate()).isEmpty();
        assertThat(new BillingSettings(Optional.empty(), 0, 0).paymentLink().template())
                .isEqualTo(PaymentLink.DEFAULT_TEMPLATE);
    }

    @Test
    void numberAndInvoiceAreTheSamePlaceholder() {
        assertThat(template(" https://pay.example.com/{number}?a={amount}&c={currency}&i={invoice} ").paymentLink()
                .render("DEN 7", new BigDecimal("12.5"), "USD"))
                .isEqualTo("https://pay.example.com/DEN+7?a=12.50&c=USD&i=DEN+7");
    }
}
