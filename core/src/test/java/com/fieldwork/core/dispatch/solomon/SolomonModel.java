package com.fieldwork.core.dispatch.solomon;

import com.fieldwork.core.dispatch.optimize.RoutingProblem;
import com.fieldwork.core.dispatch.optimize.RoutingSolution;
import com.fieldwork.core.dispatch.optimize.RoutingTravel;

import java.util.ArrayList;
import java.util.List;

/**
 * A Solomon instance as the optimizer's routing problem: node = customer number (0 the depot), job j is
 * customer j + 1, every vehicle alike (one class), capacity honoured, back at the depot by its due date.
 */
public final class SolomonModel {

    private SolomonModel() {
    }

    public static RoutingProblem of(SolomonInstance in) {
        int n = in.x().length;
        double[][] d = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                d[a][b] = in.distance(a, b);
            }
        }
        RoutingTravel euclid = new RoutingTravel() {
            @Override
            public double distance(int from, int to) {
                return d[from][to];
            }

            @Override
            public double time(int from, int to, double departure) {
                return d[from][to];
            }
        };
        RoutingProblem.Builder b = RoutingProblem.builder(euclid);
        for (int c = 1; c < n; c++) {
            b.job(new RoutingProblem.Job(c, in.service()[c]).window(in.ready()[c], in.due()[c])
                    .demand(in.demand()[c]));
        }
        for (int v = 0; v < in.vehicles(); v++) {
            b.vehicle(new RoutingProblem.Vehicle(0, 0, in.ready()[0], in.due()[0]).latestReturn(in.due()[0])
                    .capacity(in.capacity()).vehicleClass(0));
        }
        return b.build();
    }

    /** The solver's routes as customer numbers, empty vehicles left out. */
    public static List<int[]> customerRoutes(RoutingSolution solution) {
        List<int[]> out = new ArrayList<>();
        for (int[] route : solution.routes()) {
            if (route.length > 0) {
                int[] customers = new int[route.length];
                for (int i = 0; i < route.length; i++) {
                    customers[i] = route[i] + 1;
                }
                out.add(customers);
            }
        }
        return out;
    }
}
