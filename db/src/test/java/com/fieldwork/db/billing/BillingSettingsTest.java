package com.fieldwork.db.billing;

import com.fieldwork.core.billing.BillingService;
import com.fieldwork.core.billing.BillingSettings;
import com.fieldwork.core.billing.Invoice;
import com.fieldwork.core.billing.InvoiceFiling;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.ConcurrentModificationException;
import com.fieldwork.core.security.PermissionDeniedException;
import com.fieldwork.core.security.Role;
import com.fieldwork.db.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static com.fieldwork.db.jooq.Tables.CHANGE_FEED;
import static com.fieldwork.db.jooq.Tables.COMPANY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The payment link template and payment terms are the company row's, edited by an administrator. */
class BillingSettingsTest extends DatabaseTest {

    private BillingWorld w;
    private JooqBillingSettings store;
    private BillingService billing;
    private Actor admin;

    @BeforeEach
    void world() {
        w = new BillingWorld(dsl());
        store = new JooqBillingSettings(dsl(), w.clock);
        billing = new BillingService(w.invoices, store, new InvoiceFiling(s -> new byte[0],
                new com.fieldwork.db.field.FileContentStore(java.nio.file.Path.of("target", "billing-settings-files")),
                new com.fieldwork.db.field.JooqInvoiceFiles(dsl(), w.clock)));
        admin = w.seed.user(Role.SUPER_ADMIN, w.branch);
    }

    @Test
    void anAdministratorsNewTermsAndTemplateAreUsedByTheNextIssueAndTheLinkAtOnce() {
        BillingSettings read = billing.settings(w.accountant);
        assertThat(read.paymentTermsDays()).isEqualTo(30);
        assertThat(read.paymentLinkTemplate()).contains("https://pay.example.com/i/{invoice}?amount={amount}");
        Invoice before = w.invoices.issue(w.draftOf(w.completedJob().id()), 0, w.accountant);

        BillingSettings saved = billing.saveSettings(new BillingSettings(
                Optional.of("https://pay.example.com/{number}/{amount}"), 14, read.version()), admin);

        assertThat(saved.version()).isEqualTo(read.version() + 1);
        assertThat(store.current()).isEqualTo(saved);
        assertThat(dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ENTITY.eq("company")
                .and(AUDIT_LOG.ACTION.eq("billing settings")))).isEqualTo(1);
        assertThat(dsl().fetchCount(CHANGE_FEED, CHANGE_FEED.ENTITY.eq("company"))).isEqualTo(1);
        w.clock.advance(Duration.ofHours(1));
        Invoice after = billing.issue(w.draftOf(w.completedJob().id()), 0, w.accountant);
        assertThat(after.dueAt()).contains(w.clock.instant().plus(Duration.ofDays(14)));
        // an invoice issued earlier shows the link with the template as it is now
        assertThat(billing.sheet(before.id(), w.accountant).paymentLink())
                .contains("https://pay.example.com/BR1-000001/" + before.outstanding().toPlainString());

        BillingSettings none = billing.saveSettings(new BillingSettings(Optional.empty(), 0, saved.version()), admin);
        assertThat(none.paymentLinkTemplate()).isEmpty();
        assertThat(dsl().select(COMPANY.PAYMENT_LINK_TEMPLATE).from(COMPANY).fetchSingle().value1()).isNull();
    }

    @Test
    void aStaleSaveNamesWhoSavedAndAnAccountantMayNotSave() {
        BillingSettings read = store.current();
        billing.saveSettings(new BillingSettings(read.paymentLinkTemplate(), 20, read.version()), admin);
        var before = w.snapshot();

        assertThatThrownBy(() -> billing.saveSettings(new BillingSettings(read.paymentLinkTemplate(), 45,
                read.version()), admin))
                .isInstanceOf(ConcurrentModificationException.class)
                .hasMessageContaining(admin.displayName());
        assertThatThrownBy(() -> billing.saveSettings(new BillingSettings(read.paymentLinkTemplate(), 45,
                read.version() + 1), w.accountant))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(w.snapshot()).isEqualTo(before);
        assertThat(store.current().paymentTermsDays()).isEqualTo(20);
    }
}
