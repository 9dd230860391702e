package com.fieldwork.api.auth;

import com.fieldwork.core.common.Actor;
import io.javalin.http.Context;

import java.util.Objects;

/** Who is calling, as {@link BearerAuthentication} found them; handlers pass it on to core. */
public final class CurrentActor {

    static final String ATTRIBUTE = "fieldwork.actor";

    private CurrentActor() {
    }

    /**
     * @throws IllegalStateException on a route that is not behind {@link BearerAuthentication} (a
     *                               public route, or one outside {@code /api/v1}): a wiring bug, a 500
     */
    public static Actor of(Context ctx) {
        Actor actor = ctx.attribute(ATTRIBUTE);
        if (actor == null) {
            throw new IllegalStateException("No signed-in actor on " + ctx.method() + " " + ctx.path()
                    + "; is the route public or outside /api/v1?");
        }
        return actor;
    }

    static void set(Context ctx, Actor actor) {
        ctx.attribute(ATTRIBUTE, Objects.requireNonNull(actor, "actor"));
    }
}
