package com.fieldwork.console.workorder;

import com.fieldwork.console.ConsoleServices;
import com.fieldwork.console.task.TaskExecutor;
import com.fieldwork.core.asset.Asset;
import com.fieldwork.core.catalog.ChecklistItem;
import com.fieldwork.core.catalog.PartQuantity;
import com.fieldwork.core.catalog.RequiredSkill;
import com.fieldwork.core.catalog.ServiceType;
import com.fieldwork.core.catalog.WorkOrderTemplate;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.common.ConcurrentModificationException;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.customer.Customer;
import com.fieldwork.core.customer.Site;
import com.fieldwork.core.organisation.Branch;
import com.fieldwork.core.security.Permission;
import com.fieldwork.core.workorder.NewWorkOrder;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.WorkOrder;
import com.fieldwork.core.workorder.WorkOrderClosedException;
import com.fieldwork.core.workorder.WorkOrderEdit;
import com.fieldwork.core.workorder.WorkOrderLifecycle;
import com.fieldwork.core.workorder.WorkOrderSource;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * Creating or editing one work order. The form checks what it can say inline (required fields, minutes
 * as a number) before anything is sent; core's own validation has the last word and its message lands
 * on the field it names. Saving goes through core's {@code WorkOrderService} in the background; a save
 * that meets the optimistic lock is handed to the caller to show the conflict dialog.
 */
public final class WorkOrderFormViewModel {

    private final ConsoleServices services;
    private final TaskExecutor executor;
    private final Actor actor;
    private final ObservableList<WorkOrderTemplate> templates = FXCollections.observableArrayList();
    private final ObservableList<ServiceType> serviceTypes = FXCollections.observableArrayList();
    private final ObservableList<Branch> branches = FXCollections.observableArrayList();
    private final ObservableList<String> requirements = FXCollections.observableArrayList();
    private final ObjectProperty<WorkOrderTemplate> template = new SimpleObjectProperty<>();
    private final ObjectProperty<ServiceType> serviceType = new SimpleObjectProperty<>();
    private final ObjectProperty<Branch> branch = new SimpleObjectProperty<>();
    private final ObjectProperty<Priority> priority = new SimpleObjectProperty<>(Priority.NORMAL);
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty minutes = new SimpleStringProperty("60");
    private final ReadOnlyStringWrapper slaPreview = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty editing = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(false);
    /** Why the last save was refused outright (the order was closed meanwhile); the view shows it in a dialog. */
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("New work order");
    private final Map<FormField, ReadOnlyStringWrapper> errors = new EnumMap<>(FormField.class);
    private final SkillAndPartNames names;
    private final SitePicker picker;
    private Optional<WorkOrder> original = Optional.empty();
    private TemplateDefaults defaults = TemplateDefaults.NONE;

    public WorkOrderFormViewModel(ConsoleServices services, TaskExecutor executor, Actor actor) {
        this.services = Objects.requireNonNull(services, "services");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.names = new SkillAndPartNames(services.skills(), services.parts());
        for (FormField field : FormField.values()) {
            errors.put(field, new ReadOnlyStringWrapper(""));
        }
        readOnly.set(!mayCreate());
        this.picker = new SitePicker(services.customers(), services.assets(), executor, this::failed);
        template.addListener((obs, old, now) -> applyTemplate(now));
        picker.customerProperty().addListener((obs, old, now) -> {
            errors.get(FormField.CUSTOMER).set("");
            previewSla();
        });
        picker.siteProperty().addListener((obs, old, now) -> errors.get(FormField.SITE).set(""));
        priority.addListener((obs, old, now) -> previewSla());
    }

    /** Loads the choices (templates, service types, branches); call once before showing the form. */
    public void loadChoices(Runnable then) {
        executor.submit("Loading form choices", p -> FormChoices.load(services), choices -> {
            serviceTypes.setAll(choices.serviceTypes());
            templates.setAll(choices.templates());
            branches.setAll(choices.branches());
            if (branch.get() == null && !choices.branches().isEmpty()) {
                branch.set(choices.branches().get(0));
            }
            then.run();
        }, this::failed);
    }

    /** Empties the form for a new order. */
    public void startNew() {
        original = Optional.empty();
        editing.set(false);
        readOnly.set(!mayCreate());
        heading.set("New work order");
        template.set(null);
        picker.clear();
        priority.set(Priority.NORMAL);
        summary.set("");
        description.set("");
        minutes.set("60");
        requirements.clear();
        clearMessages();
    }

    /** Loads a stored order into the form for editing. */
    public void edit(long workOrderId) {
        executor.submit("Opening work order", p -> services.workOrderService().get(workOrderId, actor), this::show,
                this::failed);
    }

    private void show(WorkOrder order) {
        original = Optional.of(order);
        editing.set(true);
        clearMessages();
        heading.set(order.number() + " · " + order.status().label());
        template.set(order.templateId().isPresent() ? templates.stream()
                .filter(t -> t.id() == order.templateId().getAsLong()).findFirst().orElse(null) : null);
        readOnly.set(!mayEdit() || WorkOrderLifecycle.isTerminal(order.status()));
        if (WorkOrderLifecycle.isTerminal(order.status())) {
            formMessage.set(order.status().label() + " orders are a record of what happened and cannot be edited");
        } else if (!mayEdit()) {
            formMessage.set("Your role may look at work orders but not change them");
        }
        priority.set(order.priority());
        summary.set(order.summary());
        description.set(order.description().orElse(""));
        minutes.set(String.valueOf(order.estimatedMinutes()));
        serviceType.set(serviceTypes.stream().filter(t -> t.id() == order.serviceTypeId()).findFirst().orElse(null));
        branch.set(branches.stream().filter(b -> b.id() == order.branchId()).findFirst().orElse(null));
        defaults = new TemplateDefaults(order.requiredSkills(), order.requiredParts(), List.of());
        executor.submit("Opening customer", p -> new Opened(services.customers().get(order.customerId()),
                services.customers().findSite(order.siteId()), names.describe(defaults)), opened -> {
            picker.show(opened.customer(), opened.site(), order.assetId());
            requirements.setAll(opened.requirements());
        }, this::failed);
    }

    private void applyTemplate(WorkOrderTemplate chosen) {
        if (chosen == null || editing.get()) {
            return;
        }
        serviceTypes.stream().filter(t -> t.id() == chosen.serviceTypeId()).findFirst().ifPresent(serviceType::set);
        priority.set(chosen.defaultPriority());
        minutes.set(String.valueOf(chosen.defaultDuration().toMinutes()));
        if (summary.get().isBlank()) {
            summary.set(chosen.name());
        }
        defaults = new TemplateDefaults(chosen.requiredSkills(), chosen.defaultParts(), chosen.checklist());
        TemplateDefaults prefill = defaults;
        executor.submit("Reading the template", p -> names.describe(prefill), requirements::setAll, this::failed);
    }

    private void previewSla() {
        Customer forCustomer = picker.customerProperty().get();
        Priority forPriority = priority.get();
        if (forCustomer == null || forPriority == null) {
            slaPreview.set("");
            return;
        }
        executor.submit("Looking up the SLA", p -> services.workOrderService().slaFor(forPriority, forCustomer.id()),
                policy -> slaPreview.set(SlaText.of(policy)), this::failed);
    }

    /** Checks the form, then saves through core; {@code onSaved} gets the stored order. */
    public void save(Consumer<WorkOrder> onSaved, Consumer<ConcurrentModificationException> onConflict) {
        clearMessages();
        refusal.set("");
        Optional<Integer> estimate = checkInline();
        if (estimate.isEmpty()) {
            formMessage.set("Please correct the marked fields");
            return;
        }
        int minutesValue = estimate.get();
        saving.set(true);
        Optional<WorkOrder> before = original;
        executor.submit(before.isPresent() ? "Saving work order" : "Creating work order", p -> before.isPresent()
                ? services.workOrderService().edit(before.get().id(), before.get().version(), edit(minutesValue), actor)
                : services.workOrderService().create(newOrder(minutesValue), actor), saved -> {
                    saving.set(false);
                    original = Optional.of(saved);
                    editing.set(true);
                    heading.set(saved.number() + " · " + saved.status().label());
                    formMessage.set("Saved " + saved.number());
                    onSaved.accept(saved);
                }, failure -> {
                    saving.set(false);
                    if (failure instanceof ConcurrentModificationException conflict) {
                        formMessage.set("Not saved: someone else changed this work order");
                        onConflict.accept(conflict);
                    } else if (failure instanceof WorkOrderClosedException closedMeanwhile) {
                        // closed by someone else since it was opened: nothing more can be saved here
                        readOnly.set(true);
                        formMessage.set("Not saved: " + closedMeanwhile.getMessage());
                        refusal.set(closedMeanwhile.getMessage());
                    } else if (failure instanceof ValidationException invalid) {
                        FormField.ofCoreName(invalid.field()).ifPresentOrElse(
                                field -> errors.get(field).set(invalid.getMessage()),
                                () -> formMessage.set(invalid.getMessage()));
                        if (formMessage.get().isEmpty()) {
                            formMessage.set("Please correct the marked fields");
                        }
                    } else {
                        formMessage.set("Not saved: " + failure.getMessage());
                    }
                });
    }

    /** Reloads the stored version after a conflict. */
    public void reload() {
        original.ifPresent(o -> edit(o.id()));
    }

    /** The estimate in minutes when every inline check passes. */
    private Optional<Integer> checkInline() {
        boolean ok = true;
        if (!editing.get()) {
            ok &= require(FormField.CUSTOMER, picker.customerProperty().get() != null, "Choose a customer");
            ok &= require(FormField.SITE, picker.siteProperty().get() != null, "Choose the site where the work is done");
            ok &= require(FormField.SERVICE_TYPE, serviceType.get() != null, "Choose a service type");
            ok &= require(FormField.BRANCH, branch.get() != null, "Choose the branch that does the work");
        }
        ok &= require(FormField.SUMMARY, !summary.get().isBlank(), "Say in a few words what is to be done");
        ok &= require(FormField.SUMMARY, summary.get().strip().length() <= 200, "At most 200 characters");
        ok &= require(FormField.DESCRIPTION, description.get().length() <= 4000, "At most 4000 characters");
        Optional<Integer> estimate = parseMinutes(minutes.get());
        ok &= require(FormField.MINUTES, estimate.isPresent(),
                "Enter the expected duration in minutes, 1 to 10080 (one week)");
        return ok ? estimate : Optional.empty();
    }

    static Optional<Integer> parseMinutes(String text) {
        try {
            int value = Integer.parseInt(text == null ? "" : text.strip());
            return value >= 1 && value <= 7 * 24 * 60 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private boolean require(FormField field, boolean condition, String message) {
        if (!condition && errors.get(field).get().isEmpty()) {
            errors.get(field).set(message);
        }
        return condition;
    }

    private NewWorkOrder newOrder(int estimate) {
        return new NewWorkOrder(picker.customerProperty().get().id(), picker.siteProperty().get().id(),
                picker.assetId(), serviceType.get().id(),
                template.get() == null ? OptionalLong.empty() : OptionalLong.of(template.get().id()),
                branch.get().id(), priority.get(), summary.get(), optionalText(description.get()), estimate,
                WorkOrderSource.MANUAL, Optional.empty(), Optional.empty(), defaults.skills(), defaults.parts());
    }

    private WorkOrderEdit edit(int estimate) {
        WorkOrder current = original.orElseThrow();
        return new WorkOrderEdit(priority.get(), summary.get(), optionalText(description.get()), estimate,
                picker.assetId(), current.customerWindow());
    }

    private static Optional<String> optionalText(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    private void clearMessages() {
        errors.values().forEach(e -> e.set(""));
        formMessage.set("");
    }

    private void failed(Throwable failure) {
        saving.set(false);
        formMessage.set("Something went wrong: " + failure.getMessage());
    }

    public boolean mayCreate() {
        return actor.can(Permission.WORK_ORDER_CREATE);
    }

    public boolean mayEdit() {
        return actor.can(Permission.WORK_ORDER_EDIT);
    }

    public ReadOnlyStringProperty errorProperty(FormField field) {
        return errors.get(field).getReadOnlyProperty();
    }

    /** Customer, site and asset: fixed once the order is stored, except the asset. */
    public SitePicker picker() {
        return picker;
    }

    public ObservableList<WorkOrderTemplate> templates() {
        return templates;
    }

    public ObservableList<ServiceType> serviceTypes() {
        return serviceTypes;
    }

    public ObservableList<Branch> branches() {
        return branches;
    }

    /** What the template (or the stored order) requires: skills, parts and checklist, one line each. */
    public ObservableList<String> requirements() {
        return requirements;
    }

    public ObjectProperty<WorkOrderTemplate> templateProperty() {
        return template;
    }

    public ObjectProperty<ServiceType> serviceTypeProperty() {
        return serviceType;
    }

    public ObjectProperty<Branch> branchProperty() {
        return branch;
    }

    public ObjectProperty<Priority> priorityProperty() {
        return priority;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty minutesProperty() {
        return minutes;
    }

    public ReadOnlyStringProperty slaPreviewProperty() {
        return slaPreview.getReadOnlyProperty();
    }

    /** "Saved WO-…", "Please correct the marked fields", or why the save failed. */
    public ReadOnlyStringProperty formMessageProperty() {
        return formMessage.getReadOnlyProperty();
    }

    /** True when this user may not save the form as it stands (role, or a closed/cancelled order). */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** "New work order" or the order's number and status. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** True for a stored order: customer, site, service type, branch and template are then fixed. */
    public BooleanProperty editingProperty() {
        return editing;
    }

    public Optional<WorkOrder> original() {
        return original;
    }

    private record Opened(Customer customer, Optional<Site> site, List<String> requirements) {
    }

    /** What the form would send as the order's skills and parts, from the template or the stored order. */
    record TemplateDefaults(List<RequiredSkill> skills, List<PartQuantity> parts, List<ChecklistItem> checklist) {
        static final TemplateDefaults NONE = new TemplateDefaults(List.of(), List.of(), List.of());

        TemplateDefaults {
            skills = List.copyOf(skills);
            parts = List.copyOf(parts);
            checklist = List.copyOf(checklist);
        }
    }
}
