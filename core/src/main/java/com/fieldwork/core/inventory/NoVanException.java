package com.fieldwork.core.inventory;

import com.fieldwork.core.common.DomainException;

/**
 * Parts used come out of the technician's own van; one without a van has nothing to take from. A business
 * rule saying no, so the ErrorMapper's default for domain codes answers it: 422.
 */
public final class NoVanException extends DomainException {

    public NoVanException(String username) {
        super("User " + username + " has no van to take parts from; ask the warehouse to set one up");
    }

    @Override
    public String code() {
        return "no_van";
    }
}
