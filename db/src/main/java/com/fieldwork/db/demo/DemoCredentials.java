package com.fieldwork.db.demo;

import com.fieldwork.core.security.Role;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Who can log in to the demo company, and with which password. Derived from fixed lists and a fixed
 * seed, so the README, API tests and the loaded database always agree without reading the database.
 */
public final class DemoCredentials {

    public static final String TECHNICIAN_PASSWORD = "tech-demo";
    public static final int TECHNICIAN_COUNT = 40;

    private static final long NAME_SEED = 20_240_601L;

    private static final List<DemoUser> ROLE_USERS = List.of(
            new DemoUser("admin", "admin-demo", Role.SUPER_ADMIN, "Jordan Ellis"),
            new DemoUser("ops", "ops-demo", Role.OPERATIONS_MANAGER, "Priya Raman"),
            new DemoUser("branch", "branch-demo", Role.BRANCH_MANAGER, "Marcus Bell"),
            new DemoUser("dispatch", "dispatch-demo", Role.DISPATCHER, "Tina Alvarez"),
            new DemoUser("accountant", "accountant-demo", Role.ACCOUNTANT, "Greg Olsen"),
            new DemoUser("auditor", "auditor-demo", Role.AUDITOR, "Hana Kobayashi"));

    private static final List<DemoUser> TECHNICIANS = technicianNames();

    private DemoCredentials() {
    }

    /** One user per office role, each with its own password ({@code <username>-demo}). */
    public static List<DemoUser> roleUsers() {
        return ROLE_USERS;
    }

    /** The technicians, usernames like {@code maria.garcia}, all with {@link #TECHNICIAN_PASSWORD}. */
    public static List<DemoUser> technicians() {
        return TECHNICIANS;
    }

    /** Role users first, then technicians: the order in which they are loaded. */
    public static List<DemoUser> all() {
        List<DemoUser> all = new ArrayList<>(ROLE_USERS);
        all.addAll(TECHNICIANS);
        return List.copyOf(all);
    }

    private static List<DemoUser> technicianNames() {
        List<String> first = DemoResources.firstNames();
        List<String> last = DemoResources.lastNames();
        Random random = new Random(NAME_SEED);
        Set<String> taken = new HashSet<>();
        ROLE_USERS.forEach(u -> taken.add(u.username()));
        List<DemoUser> technicians = new ArrayList<>();
        while (technicians.size() < TECHNICIAN_COUNT) {
            String given = first.get(random.nextInt(first.size()));
            String family = last.get(random.nextInt(last.size()));
            String username = (given + "." + family).toLowerCase(Locale.ROOT);
            if (taken.add(username)) {
                technicians.add(new DemoUser(username, TECHNICIAN_PASSWORD, Role.TECHNICIAN, given + " " + family));
            }
        }
        return List.copyOf(technicians);
    }
}
