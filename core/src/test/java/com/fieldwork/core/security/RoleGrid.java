package com.fieldwork.core.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a policy drawn as a grid: a header of role columns, then one row per rule whose last cells are
 * {@code X} (allowed) or {@code .} (not). Tests state expectations this way so that a policy change is a
 * visible edit to a picture, not a tweak to a loop.
 */
public final class RoleGrid {

    private static final Map<String, Role> COLUMNS = Map.of(
            "SA", Role.SUPER_ADMIN,
            "OM", Role.OPERATIONS_MANAGER,
            "BM", Role.BRANCH_MANAGER,
            "DI", Role.DISPATCHER,
            "TE", Role.TECHNICIAN,
            "AC", Role.ACCOUNTANT,
            "AU", Role.AUDITOR);

    private RoleGrid() {
    }

    /** Row key (the text before the marks, single-spaced) to the roles marked X, in grid order. */
    public static Map<String, Set<Role>> parse(String grid) {
        List<String> lines = grid.lines().filter(line -> !line.isBlank()).toList();
        List<Role> columns = header(lines.get(0));
        Map<String, Set<Role>> rows = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.trim().split("\\s+");
            int keyLength = cells.length - columns.size();
            if (keyLength < 1) {
                throw new IllegalArgumentException("Row has too few cells: " + line);
            }
            String key = String.join(" ", Arrays.copyOf(cells, keyLength));
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (int i = 0; i < columns.size(); i++) {
                String mark = cells[keyLength + i];
                if (mark.equals("X")) {
                    roles.add(columns.get(i));
                } else if (!mark.equals(".")) {
                    throw new IllegalArgumentException("Mark must be X or ., got " + mark + " in: " + line);
                }
            }
            if (rows.put(key, roles) != null) {
                throw new IllegalArgumentException("Row appears twice: " + key);
            }
        }
        return rows;
    }

    private static List<Role> header(String line) {
        List<Role> columns = new ArrayList<>();
        for (String cell : line.trim().split("\\s+")) {
            Role role = COLUMNS.get(cell);
            if (role == null) {
                throw new IllegalArgumentException("Unknown role column " + cell + "; use " + COLUMNS.keySet());
            }
            columns.add(role);
        }
        if (!EnumSet.copyOf(columns).equals(EnumSet.allOf(Role.class)) || columns.size() != Role.values().length) {
            throw new IllegalArgumentException("The header must name every role once: " + line);
        }
        return columns;
    }
}
