package com.fieldwork.console.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

import java.util.prefs.Preferences;

/** Light or dark, remembered per user of this computer. */
public final class ThemePreference {

    private static final String KEY = "dark-theme";
    private final Preferences preferences;

    public ThemePreference(Preferences preferences) {
        this.preferences = preferences;
    }

    public static ThemePreference forThisUser() {
        return new ThemePreference(Preferences.userRoot().node("com/fieldwork/console"));
    }

    public boolean isDark() {
        return preferences.getBoolean(KEY, false);
    }

    /** Applies the theme to every window and remembers it. */
    public void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        preferences.putBoolean(KEY, dark);
    }
}
