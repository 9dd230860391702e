package com.fieldwork.console.calendar;

import atlantafx.base.theme.PrimerLight;
import com.fieldwork.console.schedule.DispatchContext;
import com.fieldwork.console.schedule.FakeScheduleSource;
import com.fieldwork.console.task.SynchronousTaskExecutor;
import com.fieldwork.core.common.Actor;
import com.fieldwork.core.dispatch.DispatchPlan;
import com.fieldwork.core.dispatch.DispatchWorld;
import com.fieldwork.core.security.Role;
import com.fieldwork.core.workorder.Priority;
import com.fieldwork.core.workorder.WorkOrderStatus;
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

import java.time.Clock;
import java.time.LocalTime;
import java.util.List;

import static com.fieldwork.core.dispatch.DispatchWorld.DOWNTOWN;
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
        source.technician(1, "Robert Diaz");
        source.visit(61, 1, at(9, 0), 60, WorkOrderStatus.ASSIGNED, Priority.NORMAL, DOWNTOWN);
        source.visit(62, 1, at(11, 0), 60, WorkOrderStatus.ASSIGNED, Priority.HIGH, DOWNTOWN);
        source.context = new DispatchContext(DispatchWorld.rules(List.of(DispatchWorld.technician(1).build())),
                new DispatchPlan(List.of(DispatchWorld.job(61).on(1, at(9, 0)), DispatchWorld.job(62).on(1, at(11, 0)))));
        CalendarViewModel model = new CalendarViewModel(source, new SynchronousTaskExecutor(),
                Clock.fixed(at(7, 0), DispatchWorld.ZONE), () -> new Actor(5, "dispatch", "Tina Alvarez", Role.DISPATCHER));
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
