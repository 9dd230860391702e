package com.fieldwork.db.field;

import com.fieldwork.core.catalog.ChecklistAnswer;
import com.fieldwork.core.common.NotFoundException;
import com.fieldwork.core.common.ValidationException;
import com.fieldwork.core.field.RecordedAnswer;
import com.fieldwork.db.testing.DatabaseTest;
import com.fieldwork.db.testing.Seed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static com.fieldwork.db.jooq.Tables.ATTACHMENT;
import static com.fieldwork.db.jooq.Tables.AUDIT_LOG;
import static com.fieldwork.db.jooq.Tables.CHECKLIST_ANSWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JooqChecklistAnswersTest extends DatabaseTest {

    private FieldWorld world;
    private JooqChecklistAnswers checklist;
    private long gasOff;
    private long pressure;
    private long remarks;
    private long photo;

    @BeforeEach
    void world() {
        world = new FieldWorld(dsl());
        gasOff = world.seed.checklistItem(world.template, 1, "Gas supply turned off?", "YES_NO", true);
        pressure = world.seed.checklistItem(world.template, 2, "Inlet pressure (mbar)", "NUMBER", true);
        remarks = world.seed.checklistItem(world.template, 3, "Remarks", "TEXT", false);
        photo = world.seed.checklistItem(world.template, 4, "Photo of the flue", "PHOTO", true);
        checklist = new JooqChecklistAnswers(dsl(), world.clock);
    }

    @Test
    void eachKindIsStoredAndReadBackInChecklistOrder() {
        long attachment = dsl().insertInto(ATTACHMENT)
                .set(ATTACHMENT.WORK_ORDER_ID, world.workOrder)
                .set(ATTACHMENT.KIND, "PHOTO")
                .set(ATTACHMENT.FILE_NAME, "flue.jpg")
                .set(ATTACHMENT.MIME_TYPE, "image/jpeg")
                .set(ATTACHMENT.SIZE_BYTES, 3L)
                .set(ATTACHMENT.CONTENT_HASH, "a".repeat(64))
                .set(ATTACHMENT.STORAGE_KEY, "aa/aa/" + "a".repeat(64))
                .set(ATTACHMENT.UPLOADED_BY, world.technician.userId())
                .set(ATTACHMENT.UPLOADED_AT, Seed.T0)
                .returning(ATTACHMENT.ID).fetchSingle().getId();

        checklist.answer(world.workOrder, photo, new ChecklistAnswer.Photo(attachment), world.technician);
        checklist.answer(world.workOrder, remarks, new ChecklistAnswer.FreeText("  flue clear  "), world.technician);
        checklist.answer(world.workOrder, pressure, new ChecklistAnswer.Numeric(new BigDecimal("20.5")), world.technician);
        checklist.answer(world.workOrder, gasOff, new ChecklistAnswer.YesNo(true), world.technician);

        List<RecordedAnswer> answers = checklist.answers(world.workOrder);
        assertThat(answers).extracting(RecordedAnswer::checklistItemId).containsExactly(gasOff, pressure, remarks, photo);
        assertThat(answers).extracting(RecordedAnswer::answer).containsExactly(new ChecklistAnswer.YesNo(true),
                new ChecklistAnswer.Numeric(new BigDecimal("20.5")), new ChecklistAnswer.FreeText("flue clear"),
                new ChecklistAnswer.Photo(attachment));
        assertThat(checklist.answers(world.otherWorkOrder)).isEmpty();
        assertThat(world.auditRows("checklist_answer")).isEqualTo(4);
        assertThat(world.feedRows("checklist_answer")).isEqualTo(4);
    }

    @Test
    void textForANumberItemIsRefusedNamingTheItemAndNothingIsWritten() {
        int audit = world.auditRows();
        int feed = world.feedRows();

        assertThatThrownBy(() -> checklist.answer(world.workOrder, pressure, new ChecklistAnswer.FreeText("about 20"),
                world.technician))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("field", "checklist[2]")
                .hasMessageContaining("Inlet pressure (mbar)")
                .hasMessageContaining("expects a number");

        assertThat(dsl().fetchCount(CHECKLIST_ANSWER)).isZero();
        assertThat(world.auditRows()).isEqualTo(audit);
        assertThat(world.feedRows()).isEqualTo(feed);
    }

    @Test
    void answeringAgainReplacesTheAnswerInTheSameRow() {
        checklist.answer(world.workOrder, pressure, new ChecklistAnswer.Numeric(new BigDecimal("20.5")), world.technician);
        world.clock.advance(Duration.ofMinutes(3));

        RecordedAnswer second = checklist.answer(world.workOrder, pressure, new ChecklistAnswer.Numeric(new BigDecimal("21")),
                world.technician);

        assertThat(dsl().fetchCount(CHECKLIST_ANSWER)).isEqualTo(1);
        assertThat(checklist.answers(world.workOrder)).containsExactly(second);
        assertThat(second.answeredAt()).isEqualTo(Seed.T0.plus(Duration.ofMinutes(3)));
        assertThat(dsl().select(AUDIT_LOG.ACTION, AUDIT_LOG.BEFORE_JSON).from(AUDIT_LOG)
                .where(AUDIT_LOG.ENTITY.eq("checklist_answer")).orderBy(AUDIT_LOG.ID).fetch())
                .hasSize(2)
                .satisfies(rows -> {
                    assertThat(rows.get(0).value2()).isNull();
                    assertThat(rows.get(1).value2()).contains("20.5");
                });
        assertThat(world.feedRows("checklist_answer")).isEqualTo(2);
    }

    @Test
    void anItemOfAnotherTemplateOrAPhotoOfAnotherJobIsRefused() {
        long otherTemplate = world.seed.template(world.seed.serviceType());
        long foreignItem = world.seed.checklistItem(otherTemplate, 1, "Not on this job", "YES_NO", true);

        assertThatThrownBy(() -> checklist.answer(world.workOrder, foreignItem, new ChecklistAnswer.YesNo(true),
                world.technician)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> checklist.answer(world.workOrder, photo, new ChecklistAnswer.Photo(12345),
                world.technician))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("field", "checklist[4]");
        assertThat(dsl().fetchCount(CHECKLIST_ANSWER)).isZero();
    }
}
