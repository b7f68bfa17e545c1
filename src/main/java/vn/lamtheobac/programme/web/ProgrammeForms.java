package vn.lamtheobac.programme.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.lamtheobac.programme.ProgrammeCommands.AddTheme;
import vn.lamtheobac.programme.ProgrammeCommands.CreateProgramme;
import vn.lamtheobac.programme.ThemeKind;
import vn.lamtheobac.shared.PlainText;
import vn.lamtheobac.shared.TextLimits;

/** The forms of the programme pages. */
final class ProgrammeForms {

    private ProgrammeForms() {}

    static class ProgrammeForm {
        @NotNull(message = "{person.error.organizationRequired}")
        private Long organizationId;

        @NotBlank(message = "{programme.error.title}")
        @Size(max = 500, message = "{programme.error.titleTooLong}")
        @Size(max = TextLimits.NAME, message = "{validation.size}")
        @PlainText
        private String title;

        @Size(max = TextLimits.NAME, message = "{validation.size}")
        @PlainText
        private String reference;

        @Size(max = TextLimits.BODY, message = "{validation.size}")
        private String description;

        @NotNull(message = "{programme.error.year}")
        private Integer startsYear;

        @NotNull(message = "{programme.error.period}")
        private Integer endsYear;

        CreateProgramme toCommand() {
            return new CreateProgramme(organizationId, title, reference, description, startsYear, endsYear);
        }

        public Long getOrganizationId() {
            return organizationId;
        }

        public void setOrganizationId(Long organizationId) {
            this.organizationId = organizationId;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getReference() {
            return reference;
        }

        public void setReference(String reference) {
            this.reference = reference;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public Integer getStartsYear() {
            return startsYear;
        }

        public void setStartsYear(Integer startsYear) {
            this.startsYear = startsYear;
        }

        public Integer getEndsYear() {
            return endsYear;
        }

        public void setEndsYear(Integer endsYear) {
            this.endsYear = endsYear;
        }
    }

    static class ThemeForm {
        @NotNull(message = "{person.error.organizationRequired}")
        private Long organizationId;

        @NotNull(message = "{theme.error.kind}")
        private ThemeKind kind = ThemeKind.ANNUAL;

        private Integer year;

        @NotBlank(message = "{theme.error.title}")
        @Size(max = 500, message = "{programme.error.titleTooLong}")
        @Size(max = TextLimits.NAME, message = "{validation.size}")
        @PlainText
        private String title;

        @Size(max = TextLimits.BODY, message = "{validation.size}")
        private String description;

        private Long parentId;

        AddTheme toCommand(long programmeId) {
            return new AddTheme(programmeId, organizationId, kind, year, title, description, parentId);
        }

        public Long getOrganizationId() {
            return organizationId;
        }

        public void setOrganizationId(Long organizationId) {
            this.organizationId = organizationId;
        }

        public ThemeKind getKind() {
            return kind;
        }

        public void setKind(ThemeKind kind) {
            this.kind = kind;
        }

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public Long getParentId() {
            return parentId;
        }

        public void setParentId(Long parentId) {
            this.parentId = parentId;
        }
    }
}
