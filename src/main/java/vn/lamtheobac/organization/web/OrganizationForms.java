package vn.lamtheobac.organization.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.lamtheobac.organization.OrganizationCommands.AddCommitteeTerm;
import vn.lamtheobac.organization.OrganizationCommands.CreateOrganization;
import vn.lamtheobac.organization.OrganizationCommands.DissolveOrganization;
import vn.lamtheobac.organization.OrganizationCommands.MergeOrganization;
import vn.lamtheobac.organization.OrganizationCommands.MoveOrganization;
import vn.lamtheobac.organization.OrganizationCommands.UpdateOrganization;
import vn.lamtheobac.shared.TextLimits;

/** The forms of the organisation pages, each turning into its command. */
final class OrganizationForms {

    private OrganizationForms() {}

    static class CreateForm {
        Long parentId;

        @NotBlank(message = "{organization.error.type}")
        @Size(max = TextLimits.CODE, message = "{validation.size}")
        String typeCode;

        @NotBlank(message = "{organization.error.name}")
        @Size(max = 200, message = "{organization.error.nameTooLong}")
        String name;

        @Size(max = 20, message = "{organization.error.abbreviationTooLong}")
        String abbreviation;

        CreateOrganization toCommand() {
            return new CreateOrganization(parentId, typeCode, name, abbreviation);
        }

        public Long getParentId() {
            return parentId;
        }

        public void setParentId(Long parentId) {
            this.parentId = parentId;
        }

        public String getTypeCode() {
            return typeCode;
        }

        public void setTypeCode(String typeCode) {
            this.typeCode = typeCode;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getAbbreviation() {
            return abbreviation;
        }

        public void setAbbreviation(String abbreviation) {
            this.abbreviation = abbreviation;
        }
    }

    static class RenameForm {
        @NotBlank(message = "{organization.error.name}")
        @Size(max = 200, message = "{organization.error.nameTooLong}")
        String name;

        @Size(max = 20, message = "{organization.error.abbreviationTooLong}")
        String abbreviation;

        @Size(max = 200, message = "{organization.error.nameTooLong}")
        String committeeName;

        @Size(max = 100, message = "{organization.error.placeTooLong}")
        String place;

        int version;

        UpdateOrganization toCommand(long id) {
            return new UpdateOrganization(id, name, abbreviation, committeeName, place, version);
        }

        public String getCommitteeName() {
            return committeeName;
        }

        public void setCommitteeName(String committeeName) {
            this.committeeName = committeeName;
        }

        public String getPlace() {
            return place;
        }

        public void setPlace(String place) {
            this.place = place;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getAbbreviation() {
            return abbreviation;
        }

        public void setAbbreviation(String abbreviation) {
            this.abbreviation = abbreviation;
        }

        public int getVersion() {
            return version;
        }

        public void setVersion(int version) {
            this.version = version;
        }
    }

    static class MoveForm {
        @NotNull(message = "{organization.error.target}")
        Long newParentId;

        int version;

        MoveOrganization toCommand(long id) {
            return new MoveOrganization(id, newParentId, version);
        }

        public Long getNewParentId() {
            return newParentId;
        }

        public void setNewParentId(Long newParentId) {
            this.newParentId = newParentId;
        }

        public int getVersion() {
            return version;
        }

        public void setVersion(int version) {
            this.version = version;
        }
    }

    static class MergeForm {
        @NotNull(message = "{organization.error.target}")
        Long intoId;

        LocalDate on;
        int version;

        MergeOrganization toCommand(long id) {
            return new MergeOrganization(id, intoId, on, version);
        }

        public Long getIntoId() {
            return intoId;
        }

        public void setIntoId(Long intoId) {
            this.intoId = intoId;
        }

        public LocalDate getOn() {
            return on;
        }

        public void setOn(LocalDate on) {
            this.on = on;
        }

        public int getVersion() {
            return version;
        }

        public void setVersion(int version) {
            this.version = version;
        }
    }

    static class DissolveForm {
        LocalDate on;
        int version;

        DissolveOrganization toCommand(long id) {
            return new DissolveOrganization(id, on, version);
        }

        public LocalDate getOn() {
            return on;
        }

        public void setOn(LocalDate on) {
            this.on = on;
        }

        public int getVersion() {
            return version;
        }

        public void setVersion(int version) {
            this.version = version;
        }
    }

    static class TermForm {
        @NotBlank(message = "{term.error.name}")
        @Size(max = TextLimits.NAME, message = "{validation.size}")
        String name;

        @NotNull(message = "{term.error.startsOn}")
        LocalDate startsOn;

        LocalDate endsOn;

        AddCommitteeTerm toCommand(long organizationId) {
            return new AddCommitteeTerm(organizationId, name, startsOn, endsOn);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public LocalDate getStartsOn() {
            return startsOn;
        }

        public void setStartsOn(LocalDate startsOn) {
            this.startsOn = startsOn;
        }

        public LocalDate getEndsOn() {
            return endsOn;
        }

        public void setEndsOn(LocalDate endsOn) {
            this.endsOn = endsOn;
        }
    }
}
