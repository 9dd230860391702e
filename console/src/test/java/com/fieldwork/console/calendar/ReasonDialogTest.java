package com.fieldwork.console.calendar;

import atlantafx.base.theme.PrimerLight;
import com.fieldwork.console.schedule.FakeScheduleSource;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalTime;

import static com.fieldwork.core.dispatch.DispatchWorld.at;
import static org.assertj.core.api.Assertions.assertThat;

/** The console's own prompt: a conflicting drop opens the dialog, which saves only with a reason typed. */
@ExtendWith(ApplicationExtension.class)
class ReasonDialogTest {

    private final FakeScheduleSource source = new FakeScheduleSource();
    private CalendarView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        CalendarViewModel model = RobertsDay.model(source);
        view = new CalendarView(model);
        stage.setScene(new Scene(view, 1100, 750));
        stage.show();
        model.loadScopes();
    }

    @Test
    void moveAnywayNeedsAReasonAndRecordsIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Platform.runLater(() -> view.entries().get(62L).changeStartTime(LocalTime.of(9, 30), true));
        WaitForAsyncUtils.waitForFxEvents();

        Node moveAnyway = robot.lookup("Move anyway").query();
        assertThat(moveAnyway.isDisabled()).isTrue();
        assertThat(robot.lookup(n -> n instanceof Label l && l.getText() != null
                && l.getText().contains("overlaps WO-2026-000062")).tryQuery()).isPresent();
        robot.clickOn("#conflict-reason").write("Customer only home before ten");
        assertThat(moveAnyway.isDisabled()).isFalse();
        robot.clickOn(moveAnyway);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(source.saves).singleElement().asString()
                .contains("overlaps").endsWith("reason: Customer only home before ten");
        assertThat(view.entries().get(62L).getStartAsLocalDateTime().toLocalTime()).isEqualTo(LocalTime.of(9, 30));
    }
}
