package com.fieldwork.console.workorder;

import com.fieldwork.core.sla.SlaPolicy;

import java.time.Duration;
import java.util.Optional;

/** The SLA preview under the priority: what a new order would promise. */
final class SlaText {

    private SlaText() {
    }

    static String of(Optional<SlaPolicy> policy) {
        return policy.map(p -> "SLA " + p.name() + ": respond within " + hours(p.response()) + ", resolve within "
                + hours(p.resolution())).orElse("No SLA applies to this priority for this customer");
    }

    static String hours(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes % 60 != 0) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        return hours % 24 == 0 && hours >= 48 ? hours / 24 + " days" : hours + " h";
    }
}
