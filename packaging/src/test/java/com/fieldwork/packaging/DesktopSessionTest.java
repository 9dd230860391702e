package com.fieldwork.packaging;

import com.fieldwork.console.shell.ConsoleViews;
import com.fieldwork.console.shell.ThemePreference;
import com.fieldwork.core.security.Role;
import com.fieldwork.db.config.FieldworkConfig;
import com.zaxxer.hikari.HikariDataSource;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A second desktop on the same database as {@link LaunchedDemo}, as a second console in the office would
 * be: it sees the other's changes through the shared change feed, serves its own API, and closing its
 * window stops that API and closes its pool while the first keeps working.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopSessionTest {

    private final LaunchedDemo first = LaunchedDemo.get();
    private DesktopSession second;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        FieldworkConfig same = first.config();
        second = DesktopSession.start(new FieldworkConfig(same.dataDir(), same.database(), "127.0.0.1", 0, true));
        second.show(stage, ConsoleViews.standard(),
                new ThemePreference(Preferences.userRoot().node("com/fieldwork/console-test")));
    }

    @Test
    void twoDesktopsShareOneDatabaseAndClosingAWindowStopsOnlyItsApiAndPool(FxRobot robot) throws Exception {
        long seq = second.services().changeFeed().latestSeq();
        first.editElsewhere(first.pendingOrder(11).id(), "Seen by the second desktop");
        assertThat(second.services().changeFeed().since(seq, 10))
                .anyMatch(change -> change.entity().equals("work_order"));
        int port = second.server().port();
        assertThat(health(port)).isEqualTo(200);

        robot.interact(stage::close);
        WaitForAsyncUtils.waitForFxEvents();

        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(IOException.class);
        assertThat(((HikariDataSource) second.server().database().dataSource()).isClosed()).isTrue();
        assertThat(first.actor(Role.DISPATCHER).username()).as("the first desktop still works").isEqualTo("dispatch");
        assertThat(health(first.server().port())).isEqualTo(200);
    }

    private static int health(int port) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
