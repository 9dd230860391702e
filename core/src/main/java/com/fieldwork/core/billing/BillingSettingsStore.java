package com.fieldwork.core.billing;

import com.fieldwork.core.common.Actor;

/** Where the company's billing settings live (the company row); a save is audited and on the change feed. */
public interface BillingSettingsStore {

    BillingSettings current();

    /**
     * @throws com.fieldwork.core.common.ConcurrentModificationException when someone saved them since
     *                                                                    {@code settings.version()}, naming who and when
     */
    BillingSettings save(BillingSettings settings, Actor actor);
}
