package vn.lamtheobac.people.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.lamtheobac.people.Gender;
import vn.lamtheobac.people.PersonCategory;
import vn.lamtheobac.people.PersonCommands.PersonDetails;
import vn.lamtheobac.people.PersonCommands.RegisterPerson;
import vn.lamtheobac.people.PersonCommands.UpdatePerson;
import vn.lamtheobac.people.PersonView;
import vn.lamtheobac.shared.PlainText;
import vn.lamtheobac.shared.TextLimits;

/** The person form, for registering and for editing (then {@code version} guards against lost updates). */
class PersonForm {

    @NotNull(message = "{person.error.category}")
    private PersonCategory category;

    @NotBlank(message = "{person.error.fullNameRequired}")
    @Size(max = 100, message = "{person.error.fullNameTooLong}")
    @Size(max = TextLimits.NAME, message = "{validation.size}")
    @PlainText
    private String fullName;

    private Gender gender;
    private LocalDate dateOfBirth;

    @Size(max = TextLimits.CODE, message = "{validation.size}")
    @PlainText
    private String nationalId;

    @Size(max = TextLimits.CODE, message = "{validation.size}")
    @PlainText
    private String partyCardNumber;

    private LocalDate partyJoinedOn;

    @Size(max = 200, message = "{person.error.positionTooLong}")
    @Size(max = TextLimits.NAME, message = "{validation.size}")
    @PlainText
    private String position;

    @Size(max = TextLimits.CODE, message = "{validation.size}")
    @PlainText
    private String phone;

    @Size(max = TextLimits.NAME, message = "{validation.size}")
    @PlainText
    private String email;

    /** The name converted from a legacy encoding, sent by "Dùng tên đã chuyển" to fill the name field. */
    @Size(max = TextLimits.NAME, message = "{validation.size}")
    @PlainText
    private String convertedFullName;

    private Long organizationId;
    private LocalDate joinedOrganizationOn;
    private int version;

    static PersonForm of(PersonView p) {
        var form = new PersonForm();
        form.category = p.category();
        form.fullName = p.fullName();
        form.gender = p.gender();
        form.dateOfBirth = p.dateOfBirth();
        form.nationalId = p.nationalId();
        form.partyCardNumber = p.partyCardNumber();
        form.partyJoinedOn = p.partyJoinedOn();
        form.position = p.position();
        form.phone = p.phone();
        form.email = p.email();
        form.organizationId = p.organizationId();
        form.version = p.version();
        return form;
    }

    PersonDetails details() {
        return new PersonDetails(
                category,
                fullName,
                gender,
                dateOfBirth,
                nationalId,
                partyCardNumber,
                partyJoinedOn,
                position,
                phone,
                email);
    }

    RegisterPerson toRegisterCommand() {
        return new RegisterPerson(details(), organizationId == null ? 0 : organizationId, joinedOrganizationOn);
    }

    UpdatePerson toUpdateCommand(long id) {
        return new UpdatePerson(id, details(), version);
    }

    public PersonCategory getCategory() {
        return category;
    }

    public void setCategory(PersonCategory category) {
        this.category = category;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getNationalId() {
        return nationalId;
    }

    public void setNationalId(String nationalId) {
        this.nationalId = nationalId;
    }

    public String getPartyCardNumber() {
        return partyCardNumber;
    }

    public void setPartyCardNumber(String partyCardNumber) {
        this.partyCardNumber = partyCardNumber;
    }

    public LocalDate getPartyJoinedOn() {
        return partyJoinedOn;
    }

    public void setPartyJoinedOn(LocalDate partyJoinedOn) {
        this.partyJoinedOn = partyJoinedOn;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getConvertedFullName() {
        return convertedFullName;
    }

    public void setConvertedFullName(String convertedFullName) {
        this.convertedFullName = convertedFullName;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public LocalDate getJoinedOrganizationOn() {
        return joinedOrganizationOn;
    }

    public void setJoinedOrganizationOn(LocalDate joinedOrganizationOn) {
        this.joinedOrganizationOn = joinedOrganizationOn;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
