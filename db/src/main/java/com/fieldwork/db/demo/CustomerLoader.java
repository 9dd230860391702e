package com.fieldwork.db.demo;

import com.fieldwork.core.customer.CustomerKind;
import com.fieldwork.db.demo.DemoResources.AssetModel;
import com.fieldwork.db.demo.DemoResources.Neighbourhood;
import com.fieldwork.db.jooq.tables.records.AssetRecord;
import com.fieldwork.db.jooq.tables.records.ContactRecord;
import com.fieldwork.db.jooq.tables.records.CustomerRecord;
import com.fieldwork.db.jooq.tables.records.SiteRecord;
import org.jooq.DSLContext;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import static com.fieldwork.db.jooq.Tables.ASSET;
import static com.fieldwork.db.jooq.Tables.CONTACT;
import static com.fieldwork.db.jooq.Tables.CUSTOMER;
import static com.fieldwork.db.jooq.Tables.SITE;

/** Customers with their sites (real street names around real neighbourhood centres), contacts and equipment. */
final class CustomerLoader {

    static final String NUMBER_SCOPE = "CUSTOMER";
    static final int FIRST_NUMBER = 100_001;

    /** The metro bounding box: a jittered point never lands in the mountains or out on the plains. */
    private static final double MIN_LAT = 39.55, MAX_LAT = 39.95, MIN_LON = -105.15, MAX_LON = -104.70;

    private static final Set<String> HOME_EQUIPMENT = Set.of("Furnace", "Air conditioner", "Heat pump",
            "Water heater", "Tankless water heater", "Boiler", "Solar inverter", "Microinverter system",
            "Standby generator", "Electrical panel", "EV charger", "Refrigerator", "Dishwasher", "Washer", "Fiber ONT");
    private static final Set<String> BUSINESS_EQUIPMENT = Set.of("Rooftop unit", "Walk-in cooler",
            "Reach-in refrigerator", "Ice machine", "Fire alarm panel", "Sprinkler riser", "Backflow preventer",
            "Electrical panel", "Standby generator", "Water heater", "EV charger", "Fiber ONT", "Solar inverter");
    private static final List<String> ACCESS_NOTES = List.of("Gate code 4821#", "Key in lockbox by the side door, code 3390",
            "Dog in the backyard - call before entering", "Call 30 minutes before arrival",
            "Check in at the front desk for a visitor badge", "Roof access via the ladder in the mechanical room",
            "Park in the alley, not on the street");
    private static final List<String> SAFETY_NOTES = List.of("Roof hatch: fall protection required",
            "Asbestos survey on file - do not disturb ceiling tiles", "Crawlspace entry: confined space permit",
            "Energized equipment in the electrical room - arc flash PPE");
    private static final List<String> BUSINESS_ROLES = List.of("Facility manager", "Office manager", "Owner",
            "Maintenance lead", "Property manager");

    private final DSLContext tx;
    private final ExplicitIds ids;
    private final SplittableRandom random;
    private final Instant now;
    private final LocalDate today;
    private final List<Neighbourhood> neighbourhoods = DemoResources.neighbourhoods();
    private final List<String> streets = DemoResources.streets();
    private final List<String> firstNames = DemoResources.firstNames();
    private final List<String> lastNames = DemoResources.lastNames();
    private final List<List<String>> businessHalves = DemoResources.businessNameHalves();
    private final List<AssetModel> assetModels = DemoResources.assetModels();
    private int serial;

    private final List<CustomerRecord> customers = new ArrayList<>();
    private final List<SiteRecord> sites = new ArrayList<>();
    private final List<ContactRecord> contacts = new ArrayList<>();
    private final List<AssetRecord> assets = new ArrayList<>();

    CustomerLoader(DSLContext tx, ExplicitIds ids, SplittableRandom random, Instant now) {
        this.tx = tx;
        this.ids = ids;
        this.random = random;
        this.now = now;
        this.today = LocalDate.ofInstant(now, OrganisationLoader.ZONE);
    }

    /** Loads {@code count} customers and returns the last customer number used. */
    int load(int count, Map<String, Long> branches, long priceListId) {
        for (int i = 0; i < count; i++) {
            customer(FIRST_NUMBER + i, branches, priceListId);
        }
        BulkInsert.insert(tx, customers);
        BulkInsert.insert(tx, sites);
        BulkInsert.insert(tx, contacts);
        BulkInsert.insert(tx, assets);
        return FIRST_NUMBER + count - 1;
    }

    int sites() {
        return sites.size();
    }

    int assets() {
        return assets.size();
    }

    int contacts() {
        return contacts.size();
    }

    private void customer(int number, Map<String, Long> branches, long priceListId) {
        CustomerKind kind = random.nextInt(100) < 65 ? CustomerKind.RESIDENTIAL : CustomerKind.COMMERCIAL;
        boolean business = kind == CustomerKind.COMMERCIAL;
        String given = pick(firstNames);
        String family = pick(lastNames);
        String name = business ? pick(businessHalves.get(0)) + " " + pick(businessHalves.get(1)) : given + " " + family;
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
        Neighbourhood home = pick(neighbourhoods);
        String street = (100 + random.nextInt(9800)) + " " + pick(streets);
        Instant since = now.minus(Duration.ofDays(100 + random.nextInt(1500)));
        long id = ids.next(CUSTOMER);
        customers.add(new CustomerRecord().setId(id).setNumber("C-" + number).setName(name).setKind(kind.name())
                .setEmail(business ? "service@" + slug + ".example" : (given + "." + family).toLowerCase(Locale.ROOT) + "@example.com")
                .setPhone(phone()).setBillingStreet(street).setBillingCity(home.city()).setBillingPostalCode(home.zip())
                .setBillingCountry("US").setBranchId(branches.get(home.branchCode()))
                .setContractUntil(business && random.nextInt(100) < 30 ? today.plusDays(30 + random.nextInt(335)) : null)
                .setNotes(random.nextInt(100) < 10 ? "Prefers morning appointments" : null)
                .setPriceListId(business ? priceListId : null)
                .setVersion(0L).setCreatedAt(since).setUpdatedAt(since));
        int siteCount = business ? 1 + random.nextInt(3) : (random.nextInt(100) < 8 ? 2 : 1);
        for (int s = 0; s < siteCount; s++) {
            Neighbourhood area = s == 0 ? home : pick(neighbourhoods);
            String siteStreet = s == 0 ? street : (100 + random.nextInt(9800)) + " " + pick(streets);
            String siteName = business ? (s == 0 ? "Main location" : area.name() + " location")
                    : (s == 0 ? "Home" : "Rental at " + siteStreet);
            long siteId = site(id, siteName, siteStreet, area, since);
            if (business) {
                contacts.add(contact(id, siteId, pick(firstNames) + " " + pick(lastNames), pick(BUSINESS_ROLES), slug, s == 0));
            }
            equipment(siteId, business, since);
        }
        if (!business) {
            contacts.add(contact(id, null, given + " " + family, null, null, true));
        }
    }

    private long site(long customerId, String name, String street, Neighbourhood area, Instant since) {
        long id = ids.next(SITE);
        double lat = clamp(area.lat() + (random.nextDouble() - 0.5) * 0.024, MIN_LAT, MAX_LAT);
        double lon = clamp(area.lon() + (random.nextDouble() - 0.5) * 0.032, MIN_LON, MAX_LON);
        sites.add(new SiteRecord().setId(id).setCustomerId(customerId).setName(name).setStreet(street)
                .setCity(area.city()).setPostalCode(area.zip()).setCountry("US")
                .setLat(Math.round(lat * 1e6) / 1e6).setLon(Math.round(lon * 1e6) / 1e6)
                .setAccessNotes(random.nextInt(100) < 25 ? pick(ACCESS_NOTES) : null)
                .setSafetyNotes(random.nextInt(100) < 8 ? pick(SAFETY_NOTES) : null)
                .setVersion(0L).setCreatedAt(since).setUpdatedAt(since));
        return id;
    }

    private ContactRecord contact(long customerId, Long siteId, String name, String title, String domain, boolean primary) {
        String email = (domain == null ? name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.com"
                : name.toLowerCase(Locale.ROOT).split(" ")[0] + "@" + domain + ".example");
        return new ContactRecord().setId(ids.next(CONTACT)).setCustomerId(customerId).setSiteId(siteId).setName(name)
                .setJobTitle(title).setPhone(phone()).setEmail(email).setIsPrimary(primary);
    }

    private void equipment(long siteId, boolean business, Instant since) {
        Set<String> types = business ? BUSINESS_EQUIPMENT : HOME_EQUIPMENT;
        List<AssetModel> fitting = assetModels.stream().filter(m -> types.contains(m.type())).toList();
        int count = business ? 1 + random.nextInt(4) : random.nextInt(4);
        for (int i = 0; i < count; i++) {
            AssetModel model = pick(fitting);
            LocalDate installed = today.minusDays(180 + random.nextInt(Math.max(1, model.lifeYears() * 290)));
            LocalDate warranty = installed.plusYears(random.nextInt(100) < 60 ? 5 : 10);
            String serialNumber = String.format(Locale.ROOT, "%s%02d%02d%06d",
                    model.make().replaceAll("[^A-Za-z]", "").substring(0, 2).toUpperCase(Locale.ROOT),
                    installed.getYear() % 100, 1 + installed.getDayOfYear() / 7, ++serial);
            assets.add(new AssetRecord().setId(ids.next(ASSET)).setSiteId(siteId).setAssetType(model.type())
                    .setMake(model.make()).setModel(pick(model.models())).setSerialNumber(serialNumber)
                    .setInstallDate(installed).setWarrantyUntil(warranty)
                    .setNotes(random.nextInt(100) < 10 ? "Installed by previous contractor" : null)
                    .setVersion(0L).setCreatedAt(since).setUpdatedAt(since));
        }
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private String phone() {
        return String.format(Locale.ROOT, "(%s) 555-%04d", random.nextBoolean() ? "303" : "720", random.nextInt(10_000));
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
