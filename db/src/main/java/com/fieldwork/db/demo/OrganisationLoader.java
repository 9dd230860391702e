package com.fieldwork.db.demo;

import com.fieldwork.core.security.Role;
import com.fieldwork.core.technician.AbsenceKind;
import com.fieldwork.db.jooq.tables.records.AbsenceRecord;
import com.fieldwork.db.jooq.tables.records.AppUserRecord;
import com.fieldwork.db.jooq.tables.records.BranchRecord;
import com.fieldwork.db.jooq.tables.records.CompanyRecord;
import com.fieldwork.db.jooq.tables.records.StockLocationRecord;
import com.fieldwork.db.jooq.tables.records.TechnicianRecord;
import com.fieldwork.db.jooq.tables.records.TechnicianSkillRecord;
import com.fieldwork.db.jooq.tables.records.WorkingHoursRecord;
import com.fieldwork.db.security.BcryptPasswordHasher;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import static com.fieldwork.db.jooq.Tables.ABSENCE;
import static com.fieldwork.db.jooq.Tables.APP_USER;
import static com.fieldwork.db.jooq.Tables.BRANCH;
import static com.fieldwork.db.jooq.Tables.COMPANY;
import static com.fieldwork.db.jooq.Tables.STOCK_LOCATION;
import static com.fieldwork.db.jooq.Tables.TECHNICIAN;

/** The company, its three branches, the office users, the technicians with their skills, hours and vans. */
final class OrganisationLoader {

    private static final BcryptPasswordHasher HASHER = new BcryptPasswordHasher();

    static final ZoneId ZONE = ZoneId.of("America/Denver");
    static final String COMPANY_NAME = "Front Range Field Services";

    private record BranchSpec(String code, String name, String street, String city, String zip, double lat, double lon,
                              int technicians) {
    }

    private static final List<BranchSpec> BRANCHES = List.of(
            new BranchSpec("DEN", "Denver Central", "1600 Broadway", "Denver", "80202", 39.7424, -104.9876, 16),
            new BranchSpec("AUR", "Aurora", "15151 E Alameda Pkwy", "Aurora", "80012", 39.7104, -104.8123, 12),
            new BranchSpec("LKW", "Lakewood", "480 S Allison Pkwy", "Lakewood", "80226", 39.7077, -105.0815, 12));

    private final DSLContext tx;
    private final ExplicitIds ids;
    private final SplittableRandom random;
    private final Instant now;
    private final LocalDate today;

    OrganisationLoader(DSLContext tx, ExplicitIds ids, SplittableRandom random, Instant now) {
        this.tx = tx;
        this.ids = ids;
        this.random = random;
        this.now = now;
        this.today = LocalDate.ofInstant(now, ZONE);
    }

    /** Loads everything and returns the branch ids by code (DEN, AUR, LKW). */
    Map<String, Long> load(Map<String, Long> skills) {
        BulkInsert.insert(tx, List.of(new CompanyRecord().setId(ids.next(COMPANY)).setName(COMPANY_NAME)
                .setCurrency("USD").setDefaultTaxRate(new BigDecimal("0.0881")).setTimeZone(ZONE.getId())
                .setPaymentLinkTemplate("https://pay.frontrangefs.example/i/{invoice}")));
        Instant since = now.minus(java.time.Duration.ofDays(400));
        Map<String, Long> branches = new LinkedHashMap<>();
        List<BranchRecord> branchRows = new ArrayList<>();
        List<StockLocationRecord> locations = new ArrayList<>();
        for (BranchSpec b : BRANCHES) {
            long id = ids.next(BRANCH);
            branches.put(b.code(), id);
            branchRows.add(new BranchRecord().setId(id).setCode(b.code()).setName(b.name()).setTimeZone(ZONE.getId())
                    .setStreet(b.street()).setCity(b.city()).setPostalCode(b.zip()).setCountry("US")
                    .setLat(b.lat()).setLon(b.lon()).setVersion(0L).setCreatedAt(since).setUpdatedAt(since));
            locations.add(location("WH-" + b.code(), b.name() + " warehouse", "WAREHOUSE", id, null));
        }
        BulkInsert.insert(tx, branchRows);
        users(branches, since);
        technicians(branches, skills, since, locations);
        BulkInsert.insert(tx, locations);
        return branches;
    }

    private void users(Map<String, Long> branches, Instant since) {
        List<AppUserRecord> rows = new ArrayList<>();
        for (DemoUser user : DemoCredentials.roleUsers()) {
            Long branchId = user.role() == Role.BRANCH_MANAGER || user.role() == Role.DISPATCHER
                    ? branches.get("DEN") : null;
            rows.add(user(user, hash(user.password()), branchId, since));
        }
        BulkInsert.insert(tx, rows);
    }

    private AppUserRecord user(DemoUser user, String hash, Long branchId, Instant since) {
        return new AppUserRecord().setId(ids.next(APP_USER)).setUsername(user.username())
                .setDisplayName(user.displayName()).setEmail(user.username() + "@frontrangefs.example")
                .setPhone(phone()).setPasswordHash(hash).setRole(user.role().name()).setBranchId(branchId)
                .setActive(true).setVersion(0L).setCreatedAt(since).setUpdatedAt(since);
    }

    private void technicians(Map<String, Long> branches, Map<String, Long> skills, Instant since,
                             List<StockLocationRecord> locations) {
        // bcrypt is slow on purpose: one hash for the shared technician password, reused on every row.
        String hash = hash(DemoCredentials.TECHNICIAN_PASSWORD);
        List<AppUserRecord> users = new ArrayList<>();
        List<TechnicianRecord> technicians = new ArrayList<>();
        List<TechnicianSkillRecord> technicianSkills = new ArrayList<>();
        List<WorkingHoursRecord> hours = new ArrayList<>();
        List<AbsenceRecord> absences = new ArrayList<>();
        List<DemoUser> people = DemoCredentials.technicians();
        int index = 0;
        for (BranchSpec b : BRANCHES) {
            for (int n = 0; n < b.technicians(); n++, index++) {
                AppUserRecord user = user(people.get(index), hash, branches.get(b.code()), since);
                users.add(user);
                long id = ids.next(TECHNICIAN);
                String code = String.format("T-%04d", 1001 + index);
                technicians.add(new TechnicianRecord().setId(id).setUserId(user.getId()).setBranchId(user.getBranchId())
                        .setEmployeeCode(code).setHomeLat(b.lat() + jitter(0.06)).setHomeLon(b.lon() + jitter(0.08))
                        .setHourlyCost(money(32, 48)).setHourlyRate(money(95, 145)).setActive(true).setVersion(0L)
                        .setCreatedAt(since).setUpdatedAt(since));
                Trade trade = Trade.ofIndex(n);
                trade.skills(random, today).forEach((skill, level) -> technicianSkills.add(new TechnicianSkillRecord()
                        .setTechnicianId(id).setSkillId(skills.get(skill)).setSkillLevel(level.level())
                        .setCertifiedUntil(level.certifiedUntil())));
                hours.addAll(WorkPattern.ofIndex(index).rows(id));
                absences.addAll(absences(id));
                locations.add(location("VAN-" + code, "Van of " + user.getDisplayName(), "VAN", user.getBranchId(), id));
            }
        }
        BulkInsert.insert(tx, users);
        BulkInsert.insert(tx, technicians);
        BulkInsert.insert(tx, technicianSkills);
        BulkInsert.insert(tx, hours);
        BulkInsert.insert(tx, absences);
    }

    /** Whole days off in the demo window: a week's vacation, a training day, a sick day. */
    private List<AbsenceRecord> absences(long technicianId) {
        List<AbsenceRecord> rows = new ArrayList<>();
        if (random.nextInt(100) < 40) {
            rows.add(absence(technicianId, AbsenceKind.VACATION, -85 + random.nextInt(95), 3 + random.nextInt(5),
                    "Family vacation"));
        }
        if (random.nextInt(100) < 30) {
            rows.add(absence(technicianId, AbsenceKind.TRAINING, -60 + random.nextInt(70), 1 + random.nextInt(2),
                    "Manufacturer certification course"));
        }
        if (random.nextInt(100) < 25) {
            rows.add(absence(technicianId, AbsenceKind.SICK, -80 + random.nextInt(80), 1, null));
        }
        // Overlapping absences are legal but look careless in a demo: keep the first of each overlap.
        List<AbsenceRecord> kept = new ArrayList<>();
        for (AbsenceRecord a : rows) {
            if (kept.stream().noneMatch(k -> k.getStartsAt().isBefore(a.getEndsAt()) && a.getStartsAt().isBefore(k.getEndsAt()))) {
                kept.add(a);
            }
        }
        return kept;
    }

    private AbsenceRecord absence(long technicianId, AbsenceKind kind, int startDay, int days, String note) {
        LocalDate first = today.plusDays(startDay);
        return new AbsenceRecord().setId(ids.next(ABSENCE)).setTechnicianId(technicianId).setKind(kind.name())
                .setStartsAt(first.atStartOfDay(ZONE).toInstant())
                .setEndsAt(first.plusDays(days).atStartOfDay(ZONE).toInstant()).setNote(note);
    }

    private StockLocationRecord location(String code, String name, String kind, long branchId, Long technicianId) {
        return new StockLocationRecord().setId(ids.next(STOCK_LOCATION)).setCode(code).setName(name).setKind(kind)
                .setBranchId(branchId).setTechnicianId(technicianId).setAllowNegative(false);
    }

    /** The hasher logins check against, so demo users sign in like everyone else. */
    private static String hash(String password) {
        return HASHER.hash(password);
    }

    private BigDecimal money(int from, int to) {
        return BigDecimal.valueOf(from + random.nextInt((to - from) * 4 + 1) / 4.0).setScale(2);
    }

    private double jitter(double span) {
        return (random.nextDouble() - 0.5) * span;
    }

    private String phone() {
        String[] areas = {"303", "720"};
        return String.format(Locale.ROOT, "(%s) 555-%04d", areas[random.nextInt(2)], random.nextInt(10_000));
    }
}
