package com.fieldwork.console.calendar;

import atlantafx.base.theme.PrimerLight;
import com.calendarfx.model.Entry;
import com.fieldwork.console.schedule.FakeScheduleSource;
import com.fieldwork.console.schedule.ScheduledVisit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.fieldwork.core.dispatch.DispatchWorld.DAY;
import static com.fieldwork.core.dispatch.DispatchWorld.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar view builds on CalendarFX with the visits as entries, and CalendarFX's drop (an entry whose
 * interval changes on release) goes through the view model: checked, asked about, saved.
 */
@ExtendWith(ApplicationExtension.class)
class CalendarViewTest {

    private final FakeScheduleSource source = new FakeScheduleSource();
    private final List<List<String>> asked = new CopyOnWriteArrayList<>();
    private CalendarView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()); // as the console runs
        CalendarViewModel model = RobertsDay.model(source);
        view = new CalendarView(model, (visit, when, conflicts) -> {
            asked.add(conflicts);
            return Optional.empty();
        });
        stage.setScene(new Scene(view, 1100, 750));
        stage.show();
        model.loadScopes();
    }

    @Test
    void visitsBecomeEntriesOfTheWeek(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.entries()).containsOnlyKeys(61L, 62L);
        assertThat(view.entries().get(62L).getCalendar().getName()).isEqualTo("High");
        assertThat(view.calendarControl().getDate()).isEqualTo(DAY);
    }

    @Test
    void aDropIntoFreeTimeIsSavedAndTheEntryFollows(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Entry<ScheduledVisit> entry = view.entries().get(62L);

        robot.interact(() -> entry.changeStartTime(LocalTime.of(14, 0), true)); // what CalendarFX does on release

        assertThat(asked).isEmpty();
        assertThat(source.saves).singleElement().asString().startsWith("WO-2026-000062 " + at(14, 0));
        assertThat(view.entries().get(62L).getStartAsLocalDateTime().toLocalTime()).isEqualTo(LocalTime.of(14, 0));
    }

    @Test
    void aDropOntoAnotherVisitAsksAndWithoutAReasonPutsItBack(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Entry<ScheduledVisit> entry = view.entries().get(62L);

        robot.interact(() -> entry.changeStartTime(LocalTime.of(9, 30), true));

        assertThat(asked).singleElement().asString().contains("overlaps");
        assertThat(source.saves).isEmpty();
        assertThat(view.entries().get(62L).getStartAsLocalDateTime().toLocalTime()).isEqualTo(LocalTime.of(11, 0));
    }
}
