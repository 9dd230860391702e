package com.fieldwork.db.demo;

import com.fieldwork.core.catalog.ChecklistItemKind;
import com.fieldwork.core.workorder.Priority;

import java.util.List;
import java.util.Map;

/**
 * What Front Range Field Services does: its skills, service types and the job templates with the
 * skills, parts and checklist each one needs. Skill and part references are codes and SKUs.
 */
final class ServiceCatalog {

    record Template(String serviceType, String code, String name, int minutes, Priority priority,
                    Map<String, Integer> skills, Map<String, Integer> parts, boolean signature, int minPhotos) {
    }

    record CheckItem(ChecklistItemKind kind, String prompt, boolean required) {
    }

    static final List<String> SKILLS = List.of("hvac", "electrical", "plumbing", "refrigeration", "solar-pv",
            "fiber-splicing", "low-voltage", "fire-safety", "gas-fitting", "appliance-repair", "roofing", "general");

    /** Sorted by code so that ids come out the same on every run (Map.of iterates in random order). */
    static final Map<String, String> SERVICE_TYPES = new java.util.TreeMap<>(Map.of(
            "HVAC", "Heating & air conditioning", "PLUMBING", "Plumbing", "ELECTRICAL", "Electrical",
            "REFRIGERATION", "Commercial refrigeration", "SOLAR", "Solar PV", "GENERATOR", "Standby generators",
            "FIRE", "Fire & life safety", "FIBER", "Fiber & networking", "APPLIANCE", "Appliance repair",
            "GENERAL", "General maintenance"));

    static final List<Template> TEMPLATES = List.of(
            t("HVAC", "HVAC-NOHEAT", "No heat - furnace diagnosis", 90, Priority.HIGH,
                    Map.of("hvac", 2, "gas-fitting", 1), Map.of("IGN-001", 1, "FLS-003", 1), true, 1),
            t("HVAC", "HVAC-NOCOOL", "No cooling - AC diagnosis", 90, Priority.HIGH,
                    Map.of("hvac", 2), Map.of("CAP-003", 1, "CON-002", 1), true, 1),
            t("HVAC", "HVAC-PM", "Seasonal HVAC tune-up", 60, Priority.LOW,
                    Map.of("hvac", 1), Map.of("FLT-002", 1), false, 0),
            t("HVAC", "HVAC-RTU", "Rooftop unit service", 120, Priority.NORMAL,
                    Map.of("hvac", 3, "refrigeration", 2), Map.of("FLT-005", 2, "CAP-007", 1), true, 2),
            t("PLUMBING", "PLB-WH", "Water heater repair", 90, Priority.NORMAL,
                    Map.of("plumbing", 2, "gas-fitting", 1), Map.of("WTC-002", 1, "ANR-001", 1), true, 1),
            t("PLUMBING", "PLB-LEAK", "Leak repair", 60, Priority.HIGH,
                    Map.of("plumbing", 1), Map.of("FIT-001", 2, "PEX-002", 10), false, 1),
            t("PLUMBING", "PLB-BACKFLOW", "Annual backflow test", 45, Priority.LOW,
                    Map.of("plumbing", 3), Map.of(), true, 0),
            t("ELECTRICAL", "ELE-TROUBLE", "Electrical troubleshooting", 60, Priority.NORMAL,
                    Map.of("electrical", 2), Map.of("BRK-002", 1), false, 0),
            t("ELECTRICAL", "ELE-EV", "EV charger installation", 180, Priority.LOW,
                    Map.of("electrical", 3), Map.of("BRK-005", 1, "WIR-003", 40), true, 2),
            t("ELECTRICAL", "ELE-PANEL", "Panel inspection", 60, Priority.LOW,
                    Map.of("electrical", 2), Map.of(), false, 1),
            t("REFRIGERATION", "REF-WALKIN", "Walk-in cooler not cooling", 120, Priority.EMERGENCY,
                    Map.of("refrigeration", 3), Map.of("EVM-002", 1, "REF-004", 3), true, 1),
            t("REFRIGERATION", "REF-ICE", "Ice machine service", 90, Priority.NORMAL,
                    Map.of("refrigeration", 2), Map.of("ICE-001", 1), false, 0),
            t("SOLAR", "SOL-INV", "Inverter fault", 120, Priority.NORMAL,
                    Map.of("solar-pv", 2, "electrical", 2), Map.of("OPT-001", 1), true, 1),
            t("SOLAR", "SOL-INSPECT", "Solar array inspection", 90, Priority.LOW,
                    Map.of("solar-pv", 1, "roofing", 1), Map.of("MC4-001", 2), false, 2),
            t("GENERATOR", "GNR-PM", "Generator maintenance", 90, Priority.LOW,
                    Map.of("electrical", 1, "gas-fitting", 1), Map.of("GMK-001", 1), false, 0),
            t("GENERATOR", "GNR-NOSTART", "Generator will not start", 120, Priority.HIGH,
                    Map.of("electrical", 2), Map.of("BAT-001", 1, "SPK-001", 1), true, 0),
            t("FIRE", "FIRE-INSPECT", "Annual fire alarm inspection", 180, Priority.NORMAL,
                    Map.of("fire-safety", 3, "low-voltage", 1), Map.of("FAB-001", 2), true, 2),
            t("FIRE", "FIRE-TROUBLE", "Fire panel trouble signal", 90, Priority.EMERGENCY,
                    Map.of("fire-safety", 2), Map.of("SMK-001", 1), true, 0),
            t("FIBER", "FIB-REPAIR", "Fiber drop repair", 120, Priority.HIGH,
                    Map.of("fiber-splicing", 2), Map.of("FIB-001", 1, "SPL-001", 4), false, 1),
            t("FIBER", "FIB-INSTALL", "ONT installation", 90, Priority.NORMAL,
                    Map.of("fiber-splicing", 1, "low-voltage", 1), Map.of("FIB-001", 2, "CAT-001", 50), true, 1),
            t("APPLIANCE", "APP-FRIDGE", "Refrigerator repair", 60, Priority.NORMAL,
                    Map.of("appliance-repair", 2), Map.of("EVM-001", 1), false, 0),
            t("APPLIANCE", "APP-WASHER", "Washer or dishwasher repair", 60, Priority.NORMAL,
                    Map.of("appliance-repair", 1), Map.of("DIS-001", 1), false, 0),
            t("GENERAL", "GNL-VISIT", "General maintenance visit", 60, Priority.LOW,
                    Map.of("general", 1), Map.of("TAP-001", 1), false, 0));

    private ServiceCatalog() {
    }

    /** Every template of a service type shares its checklist; the last item is common to all. */
    static List<CheckItem> checklist(String serviceType) {
        List<CheckItem> specific = switch (serviceType) {
            case "HVAC" -> List.of(item(ChecklistItemKind.NUMBER, "Supply air temperature (F)", true),
                    item(ChecklistItemKind.YES_NO, "Filter replaced", true),
                    item(ChecklistItemKind.PHOTO, "Photo of the data plate", false));
            case "PLUMBING" -> List.of(item(ChecklistItemKind.YES_NO, "No leaks after 10 minutes under pressure", true),
                    item(ChecklistItemKind.NUMBER, "Static water pressure (psi)", false));
            case "ELECTRICAL", "GENERATOR", "SOLAR" -> List.of(
                    item(ChecklistItemKind.YES_NO, "Lockout/tagout applied", true),
                    item(ChecklistItemKind.NUMBER, "Measured voltage (V)", true),
                    item(ChecklistItemKind.PHOTO, "Photo of the finished installation", false));
            case "REFRIGERATION" -> List.of(item(ChecklistItemKind.NUMBER, "Box temperature after service (F)", true),
                    item(ChecklistItemKind.YES_NO, "Door gaskets sealing", true));
            case "FIRE" -> List.of(item(ChecklistItemKind.YES_NO, "Monitoring company notified", true),
                    item(ChecklistItemKind.NUMBER, "Devices tested", true));
            case "FIBER" -> List.of(item(ChecklistItemKind.NUMBER, "Optical power at ONT (dBm)", true));
            default -> List.of(item(ChecklistItemKind.TEXT, "What was found", false));
        };
        List<CheckItem> all = new java.util.ArrayList<>(specific);
        all.add(item(ChecklistItemKind.YES_NO, "Work area left clean", true));
        return all;
    }

    private static Template t(String serviceType, String code, String name, int minutes, Priority priority,
                              Map<String, Integer> skills, Map<String, Integer> parts, boolean signature, int photos) {
        return new Template(serviceType, code, name, minutes, priority, new java.util.TreeMap<>(skills),
                new java.util.TreeMap<>(parts), signature, photos);
    }

    private static CheckItem item(ChecklistItemKind kind, String prompt, boolean required) {
        return new CheckItem(kind, prompt, required);
    }
}
