package com.fieldwork.core.dispatch.solomon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One Solomon VRPTW instance as its text file gives it: fleet size and capacity, then customer 0 (the
 * depot) and the customers with coordinates, demand, ready time, due date and service time.
 */
public record SolomonInstance(String name, int vehicles, double capacity, double[] x, double[] y, double[] demand,
                              double[] ready, double[] due, double[] service) {

    public int customers() {
        return x.length - 1;
    }

    /** Euclidean, unrounded: the convention the best-known distances are given in. */
    public double distance(int a, int b) {
        return Math.hypot(x[a] - x[b], y[a] - y[b]);
    }

    public static SolomonInstance read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            String name = lines.get(0).trim();
            int vehicles = -1;
            double capacity = -1;
            List<double[]> rows = new ArrayList<>();
            boolean customers = false;
            for (int i = 1; i < lines.size(); i++) {
                String line = lines.get(i).trim();
                if (line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("NUMBER")) {
                    String[] f = lines.get(++i).trim().split("\\s+");
                    vehicles = Integer.parseInt(f[0]);
                    capacity = Double.parseDouble(f[1]);
                } else if (line.startsWith("CUST")) {
                    customers = true;
                } else if (customers && Character.isDigit(line.charAt(0))) {
                    String[] f = line.split("\\s+");
                    double[] row = new double[7];
                    for (int k = 0; k < 7; k++) {
                        row[k] = Double.parseDouble(f[k]);
                    }
                    if ((int) row[0] != rows.size()) {
                        throw new IllegalArgumentException(file + ": customer " + (int) row[0] + " out of order");
                    }
                    rows.add(row);
                }
            }
            if (vehicles < 0 || rows.isEmpty()) {
                throw new IllegalArgumentException(file + " is not a Solomon instance (no fleet or no customers)");
            }
            int n = rows.size();
            double[][] cols = new double[6][n];
            for (int c = 0; c < n; c++) {
                for (int k = 0; k < 6; k++) {
                    cols[k][c] = rows.get(c)[k + 1];
                }
            }
            return new SolomonInstance(name, vehicles, capacity, cols[0], cols[1], cols[2], cols[3], cols[4], cols[5]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
