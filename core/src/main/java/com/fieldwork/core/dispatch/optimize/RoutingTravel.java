package com.fieldwork.core.dispatch.optimize;

/**
 * Distance and driving time between the routing model's nodes (job sites and depots, numbered by the
 * model). Distance is what the solver minimises; time is what the windows are checked against.
 */
public interface RoutingTravel {

    double distance(int from, int to);

    /** Driving time in the model's time unit when leaving {@code from} at {@code departure}. */
    double time(int from, int to, double departure);

    /**
     * True when the driving time depends on the departure (rush hours). The solver then checks an
     * insertion by simulating the rest of the route instead of trusting precomputed slack.
     */
    default boolean timeDependent() {
        return false;
    }
}
