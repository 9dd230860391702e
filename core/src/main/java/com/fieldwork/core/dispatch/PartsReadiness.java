package com.fieldwork.core.dispatch;

import com.fieldwork.core.inventory.StockQuantity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whether a job's parts are ready for the technician it is (or would be) given to: every part in their van,
 * some only because they were reserved for the job (to be fetched from where they are held), or some missing.
 * The job-level state is the worst of its lines.
 *
 * @param technicianName whose van was looked at; empty for a job nobody has yet (only reservations count)
 */
public record PartsReadiness(State state, List<Line> lines, Optional<String> technicianName) {

    public enum State {
        /** Every part is in the van (or nothing is needed). */
        READY,
        /** Every part is covered, some by reservations rather than the van's own stock. */
        RESERVED,
        /** At least one part is neither in the van nor reserved in the quantity needed. */
        MISSING
    }

    /**
     * One part the job needs.
     *
     * @param inVan    available in the technician's van (on hand less what others reserved); zero without one
     * @param reserved reserved for this job, wherever it is held
     */
    public record Line(long partId, String label, BigDecimal needed, BigDecimal inVan, BigDecimal reserved,
                       State state) {

        public Line {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(needed, "needed");
            Objects.requireNonNull(inVan, "inVan");
            Objects.requireNonNull(reserved, "reserved");
            Objects.requireNonNull(state, "state");
        }

        /** How many are still to find: needed less van and reservations, never below zero. */
        public BigDecimal shortBy() {
            return needed.subtract(inVan).subtract(reserved).max(BigDecimal.ZERO);
        }
    }

    public PartsReadiness {
        Objects.requireNonNull(state, "state");
        lines = List.copyOf(lines);
        Objects.requireNonNull(technicianName, "technicianName");
    }

    /** The rule, in one place: the van's own stock first, then what is reserved for the job. */
    public static PartsReadiness of(DispatchJob job, Optional<DispatchTechnician> technician) {
        List<Line> lines = job.parts().stream().map(part -> {
            BigDecimal inVan = technician.map(t -> t.inVan(part.partId())).orElse(BigDecimal.ZERO);
            State state = inVan.compareTo(part.quantity()) >= 0 ? State.READY
                    : inVan.add(part.reserved()).compareTo(part.quantity()) >= 0 ? State.RESERVED
                    : State.MISSING;
            return new Line(part.partId(), part.label(), part.quantity(), inVan, part.reserved(), state);
        }).toList();
        State worst = lines.stream().map(Line::state).max(Enum::compareTo).orElse(State.READY);
        return new PartsReadiness(worst, lines, technician.map(DispatchTechnician::name));
    }

    public boolean needsParts() {
        return !lines.isEmpty();
    }

    /**
     * What a dispatcher reads: "parts missing: 2 × FLT-200 Filter not in Leah B.'s van", "parts reserved",
     * "Parts in van".
     */
    public String sentence() {
        return switch (state) {
            case READY -> lines.isEmpty() ? "No parts needed" : "Parts in van";
            case RESERVED -> "Parts reserved: " + lines.stream().filter(l -> l.state() == State.RESERVED)
                    .map(l -> StockQuantity.plain(l.reserved()) + " × " + l.label()).collect(Collectors.joining(", "));
            case MISSING -> "Parts missing: " + lines.stream().filter(l -> l.state() == State.MISSING)
                    .map(l -> StockQuantity.plain(l.shortBy()) + " × " + l.label()).collect(Collectors.joining(", "))
                    + technicianName.map(name -> " not in " + name + "'s van").orElse(" not reserved");
        };
    }

}
