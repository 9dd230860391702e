package com.fieldwork.console.workorder.records;

import com.fieldwork.core.audit.Change;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * When a detail tab reads: nothing until the tab is first shown for a work order, then again when the change
 * feed reports a change of one of the tab's {@link #entities()} while it is shown (or once it is shown again).
 * A dispatcher clicking down the list therefore costs no reads for tabs they never open.
 */
public abstract class LazyRecordsTab {

    private static final long NONE = -1;

    private long workOrderId = NONE;
    private boolean visible;
    private boolean stale;

    /** The work order whose records the tab shows from now on; its old lines go at once. */
    public final void show(long id) {
        workOrderId = id;
        stale = true;
        clear();
        if (visible) {
            reload();
        }
    }

    /** Called when the tab is selected (true) or another tab is (false). */
    public final void setVisible(boolean shown) {
        visible = shown;
        if (shown && stale && workOrderId != NONE) {
            reload();
        }
    }

    /**
     * The change feed's rows name a record, not its work order, so any change of the tab's kind of record makes
     * it read again (one small query for one job) when shown, and marks it stale otherwise.
     */
    public final void onChanges(List<Change> changes) {
        if (workOrderId == NONE || changes.stream().noneMatch(c -> entities().contains(c.entity()))) {
            return;
        }
        stale = true;
        if (visible) {
            reload();
        }
    }

    /** Reads the shown work order's records again at once, if the tab is shown (after this console wrote one). */
    protected final void refresh() {
        stale = true;
        if (visible && workOrderId != NONE) {
            reload();
        }
    }

    /** The work order shown, if any. */
    protected final OptionalLong shown() {
        return workOrderId == NONE ? OptionalLong.empty() : OptionalLong.of(workOrderId);
    }

    private void reload() {
        stale = false;
        load(workOrderId);
    }

    /** True while {@code id} is still the work order shown: a slow read of a previous one must not land. */
    protected final boolean isShown(long id) {
        return id == workOrderId;
    }

    /** The change-feed entities this tab shows (the db's table names, e.g. {@code labor_entry}). */
    public abstract Set<String> entities();

    /** Reads the work order's records off the FX thread and puts them in the tab's properties. */
    protected abstract void load(long id);

    /** Empties the tab's properties. */
    protected abstract void clear();
}
