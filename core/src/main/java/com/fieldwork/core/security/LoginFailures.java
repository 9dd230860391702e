package com.fieldwork.core.security;

import java.time.Instant;
import java.util.List;

/**
 * Failed sign-ins, kept in the database so that throttling holds across restarts and across
 * several API instances sharing one database.
 */
public interface LoginFailures {

    /** Longest username kept; longer names cannot exist, so they are stored cut short. */
    int MAX_USERNAME = 60;
    /** Longest remote address kept (an IPv6 address with a zone fits). */
    int MAX_ADDRESS = 64;

    void record(String username, String remoteAddr, Instant at);

    /** When this username failed at or after {@code since}, oldest first. */
    List<Instant> byUsernameSince(String username, Instant since);

    /** When anyone failed from this address at or after {@code since}, oldest first. */
    List<Instant> byAddressSince(String remoteAddr, Instant since);

    /** Forgets the username's failures: after a good password the count starts again. */
    void clear(String username);

    /** Forgets every failure before {@code cutoff}, so the table cannot grow without end. */
    void forgetBefore(Instant cutoff);
}
