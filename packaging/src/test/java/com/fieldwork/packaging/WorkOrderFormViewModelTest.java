package com.fieldwork.packaging;

import com.fieldwork.console.task.SynchronousTaskExecutor;
import com.fieldwork.console.workorder.FormField;
import com.fieldwork.console.workorder.WorkOrderFormViewModel;
import com.fieldwork.core.catalog.WorkOrderTemplate;
import com.fieldwork.core.common.ConcurrentModificationException;
import com.fieldwork.core.security.Role;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderQuery;
import com.fieldwork.core.workorder.WorkOrderStatus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.fieldwork.db.jooq.Tables.WORK_ORDER;
import static org.assertj.core.api.Assertions.assertThat;

/** The work-order form's view model on the demo company, with no screen: every call runs synchronously. */
class WorkOrderFormViewModelTest {

    private final LaunchedDemo demo = LaunchedDemo.get();
    private final SynchronousTaskExecutor executor = new SynchronousTaskExecutor();
    private final WorkOrderFormViewModel form =
            new WorkOrderFormViewModel(demo.services(), executor, demo.actor(Role.DISPATCHER));
    private final List<WorkOrder> saved = new ArrayList<>();
    private final List<ConcurrentModificationException> conflicts = new ArrayList<>();

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsWritten() {
        form.loadChoices(() -> { });
        form.startNew();
        form.minutesProperty().set("ninety");
        long before = demo.services().changeFeed().latestSeq();

        form.save(saved::add, conflicts::add);

        assertThat(saved).isEmpty();
        assertThat(form.errorProperty(FormField.CUSTOMER).get()).isEqualTo("Choose a customer");
        assertThat(form.errorProperty(FormField.SITE).get()).isNotEmpty();
        assertThat(form.errorProperty(FormField.SUMMARY).get()).isNotEmpty();
        assertThat(form.errorProperty(FormField.MINUTES).get()).contains("minutes");
        assertThat(form.formMessageProperty().get()).isEqualTo("Please correct the marked fields");
        assertThat(demo.services().changeFeed().latestSeq()).as("nothing written").isEqualTo(before);
        assertThat(executor.titles()).doesNotContain("Creating work order");
    }

    @Test
    void aTemplatePrefillsServiceTypePriorityDurationAndWhatTheJobNeeds() {
        form.loadChoices(() -> { });
        form.startNew();
        WorkOrderTemplate template = form.templates().stream()
                .filter(t -> !t.requiredSkills().isEmpty() && !t.checklist().isEmpty()).findFirst().orElseThrow();

        form.templateProperty().set(template);

        assertThat(form.serviceTypeProperty().get().id()).isEqualTo(template.serviceTypeId());
        assertThat(form.priorityProperty().get()).isEqualTo(template.defaultPriority());
        assertThat(form.minutesProperty().get()).isEqualTo(String.valueOf(template.defaultDuration().toMinutes()));
        assertThat(form.summaryProperty().get()).isEqualTo(template.name());
        assertThat(form.requirements()).anyMatch(line -> line.startsWith("Skill: "))
                .anyMatch(line -> line.startsWith("Checklist 1: "));
    }

    @Test
    void aCompleteFormCreatesTheOrderThroughCoreWithTheTemplatesSkillsAndAnSlaPreview() {
        form.loadChoices(() -> { });
        form.startNew();
        form.picker().suggest("a");
        assertThat(form.picker().customerSuggestions()).as("type-ahead").isNotEmpty();
        form.picker().choose(form.picker().customerSuggestions().get(0));
        assertThat(form.picker().sites()).isNotEmpty();
        form.picker().siteProperty().set(form.picker().sites().get(0));
        WorkOrderTemplate template = form.templates().stream()
                .filter(t -> !t.requiredSkills().isEmpty()).findFirst().orElseThrow();
        form.templateProperty().set(template);
        form.summaryProperty().set("Console test: " + template.name());
        assertThat(form.slaPreviewProperty().get()).isNotEmpty();

        form.save(saved::add, conflicts::add);

        assertThat(form.formMessageProperty().get()).startsWith("Saved WO-");
        WorkOrder order = saved.get(0);
        assertThat(order.summary()).isEqualTo("Console test: " + template.name());
        assertThat(order.requiredSkills()).isEqualTo(template.requiredSkills());
        assertThat(order.templateId()).hasValue(template.id());
        assertThat(demo.services().workOrders().find(order.id())).isPresent();
    }

    @Test
    void aStaleEditMeetsTheLockNamesWhoChangedItAndOverwritesNothing() {
        form.loadChoices(() -> { });
        WorkOrder order = demo.pendingOrder(3);
        form.edit(order.id());
        assertThat(form.summaryProperty().get()).isEqualTo(order.summary());

        demo.editElsewhere(order.id(), "Changed by operations");
        form.summaryProperty().set("My edit");
        form.save(saved::add, conflicts::add);

        assertThat(saved).isEmpty();
        assertThat(conflicts).singleElement().satisfies(c ->
                assertThat(c.changedBy()).hasValue(LaunchedDemo.user(Role.OPERATIONS_MANAGER).displayName()));
        assertThat(demo.services().workOrders().find(order.id()).orElseThrow().summary())
                .isEqualTo("Changed by operations");

        form.reload();
        assertThat(form.summaryProperty().get()).isEqualTo("Changed by operations");
    }

    @Test
    void anOrderClosedWhileOpenIsNotSavedAndTheFormSaysWhy() {
        form.loadChoices(() -> { });
        WorkOrder order = demo.services().workOrders().search(WorkOrderQuery.firstPage(50)
                .withStatuses(Set.of(WorkOrderStatus.COMPLETED))).items().get(7);
        form.edit(order.id());
        assertThat(form.readOnlyProperty().get()).isFalse();

        try (var other = demo.otherConnection()) {
            other.dsl().update(WORK_ORDER).set(WORK_ORDER.STATUS, "CLOSED").where(WORK_ORDER.ID.eq(order.id())).execute();
        }
        form.summaryProperty().set("My edit");
        form.save(saved::add, conflicts::add);

        assertThat(saved).isEmpty();
        assertThat(conflicts).isEmpty();
        assertThat(form.refusalProperty().get()).startsWith(order.number() + " is Closed, so editing it is refused");
        assertThat(form.formMessageProperty().get()).startsWith("Not saved: ");
        assertThat(form.readOnlyProperty().get()).isTrue();
        assertThat(demo.services().workOrders().find(order.id()).orElseThrow().summary()).isEqualTo(order.summary());
    }

    @Test
    void anAuditorSeesTheFormReadOnly() {
        WorkOrderFormViewModel auditors = new WorkOrderFormViewModel(demo.services(), executor, demo.actor(Role.AUDITOR));
        auditors.loadChoices(() -> { });
        auditors.edit(demo.pendingOrder(4).id());
        assertThat(auditors.readOnlyProperty().get()).isTrue();
        assertThat(auditors.mayCreate()).isFalse();
    }
}
