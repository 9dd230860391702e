package com.fieldwork.core.catalog;

import com.fieldwork.core.common.Text;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.workorder.Priority;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToLongFunction;

/** How one kind of job is done: what a dispatcher starts a work order from. */
public record NewWorkOrderTemplate(long serviceTypeId, String code, String name, Optional<String> description,
                                   Duration defaultDuration, Priority defaultPriority, boolean requiresSignature,
                                   int minPhotos, Optional<BigDecimal> fixedFee, List<RequiredSkill> requiredSkills,
                                   List<PartQuantity> defaultParts, List<NewChecklistItem> checklist) {

    /** Durations are stored in whole minutes; a day-long default is a planning mistake, a week is a typo. */
    private static final Duration LONGEST = Duration.ofDays(7);
    private static final int MAX_CHECKLIST = 200;

    public NewWorkOrderTemplate {
        if (serviceTypeId <= 0) {
            throw new ValidationException("serviceTypeId", "A service type id must be positive, got " + serviceTypeId);
        }
        code = Text.required("code", code, 40);
        name = Text.required("name", name, 200);
        description = Text.optional("description", description, 4000);
        requireDuration(defaultDuration);
        Objects.requireNonNull(defaultPriority, "defaultPriority");
        if (minPhotos < 0 || minPhotos > Short.MAX_VALUE) {
            throw new ValidationException("minPhotos", "Minimum photos must be zero or more, got " + minPhotos);
        }
        Objects.requireNonNull(fixedFee, "fixedFee");
        fixedFee.ifPresent(fee -> Prices.nonNegative("fixedFee", fee));
        requiredSkills = List.copyOf(requiredSkills);
        defaultParts = List.copyOf(defaultParts);
        checklist = List.copyOf(checklist);
        requireDistinct("requiredSkills", requiredSkills, RequiredSkill::skillId, "skill");
        requireDistinct("defaultParts", defaultParts, PartQuantity::partId, "part");
        if (checklist.size() > MAX_CHECKLIST) {
            throw new ValidationException("checklist", "A checklist has at most " + MAX_CHECKLIST + " items, got "
                    + checklist.size());
        }
    }

    private static void requireDuration(Duration duration) {
        Objects.requireNonNull(duration, "defaultDuration");
        if (duration.isNegative() || duration.isZero()) {
            throw new ValidationException("defaultDuration", "A default duration must be more than zero, got " + duration);
        }
        if (duration.toSecondsPart() != 0 || duration.toNanosPart() != 0) {
            throw new ValidationException("defaultDuration", "A default duration is in whole minutes, got " + duration);
        }
        if (duration.compareTo(LONGEST) > 0) {
            throw new ValidationException("defaultDuration", "A default duration is at most 7 days, got " + duration);
        }
    }

    private static <T> void requireDistinct(String field, List<T> items, ToLongFunction<T> id, String what) {
        var seen = new HashSet<Long>();
        for (T item : items) {
            if (!seen.add(id.applyAsLong(item))) {
                throw new ValidationException(field, "The same " + what + " (id " + id.applyAsLong(item)
                        + ") is listed twice; list it once with the larger amount");
            }
        }
    }
}
