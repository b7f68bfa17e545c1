package vn.lamtheobac.people.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.lamtheobac.people.DisciplineForm;
import vn.lamtheobac.people.PersonCommands.RecordDiscipline;
import vn.lamtheobac.people.PersonCommands.TransferPerson;
import vn.lamtheobac.shared.PlainText;
import vn.lamtheobac.shared.TextLimits;

/** The smaller forms on a person's page. */
final class PersonActionForms {

    private PersonActionForms() {}

    static class TransferForm {
        @NotNull(message = "{person.error.transferTarget}")
        private Long toOrganizationId;

        private LocalDate on;

        @Size(max = TextLimits.NOTE, message = "{validation.size}")
        private String note;

        private int version;

        TransferPerson toCommand(long id) {
            return new TransferPerson(id, toOrganizationId, on, note, version);
        }

        public Long getToOrganizationId() {
            return toOrganizationId;
        }

        public void setToOrganizationId(Long toOrganizationId) {
            this.toOrganizationId = toOrganizationId;
        }

        public LocalDate getOn() {
            return on;
        }

        public void setOn(LocalDate on) {
            this.on = on;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public int getVersion() {
            return version;
        }

        public void setVersion(int version) {
            this.version = version;
        }
    }

    static class DisciplineRecordForm {
        @NotNull(message = "{discipline.error.form}")
        private DisciplineForm form;

        @NotNull(message = "{discipline.error.decidedOn}")
        private LocalDate decidedOn;

        @NotBlank(message = "{discipline.error.reason}")
        @Size(max = TextLimits.NOTE, message = "{validation.size}")
        private String reason;

        @Size(max = TextLimits.NAME, message = "{validation.size}")
        @PlainText
        private String decidedBy;

        RecordDiscipline toCommand(long personId) {
            return new RecordDiscipline(personId, form, decidedOn, reason, decidedBy);
        }

        public DisciplineForm getForm() {
            return form;
        }

        public void setForm(DisciplineForm form) {
            this.form = form;
        }

        public LocalDate getDecidedOn() {
            return decidedOn;
        }

        public void setDecidedOn(LocalDate decidedOn) {
            this.decidedOn = decidedOn;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public String getDecidedBy() {
            return decidedBy;
        }

        public void setDecidedBy(String decidedBy) {
            this.decidedBy = decidedBy;
        }
    }
}
