package vn.lamtheobac.initiative.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import vn.lamtheobac.initiative.InitiativeCommands.AdoptGoodModel;

/** Adopting a good model: the adopting organisation and the new initiative's year and period. */
class AdoptForm {
    @NotNull(message = "{initiative.error.organization}")
    private Long organizationId;

    private Integer year;
    private LocalDate startsOn;
    private LocalDate endsOn;

    static AdoptForm defaults(LocalDate today) {
        var form = new AdoptForm();
        form.year = today.getYear();
        form.startsOn = today;
        form.endsOn = LocalDate.of(today.getYear(), 12, 31);
        return form;
    }

    AdoptGoodModel toCommand(long sourceId) {
        return new AdoptGoodModel(sourceId, organizationId == null ? 0 : organizationId, year, startsOn, endsOn);
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
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
