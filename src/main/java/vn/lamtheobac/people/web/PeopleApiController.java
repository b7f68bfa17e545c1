package vn.lamtheobac.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lamtheobac.people.PeopleQuery;
import vn.lamtheobac.people.PersonCategory;
import vn.lamtheobac.people.PersonCommands.PersonDetails;
import vn.lamtheobac.people.PersonCommands.RegisterPerson;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.people.PersonSummary;
import vn.lamtheobac.people.PersonView;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.PageRequest;
import vn.lamtheobac.shared.Paged;
import vn.lamtheobac.shared.Scope;

/** People over JSON, within the caller's scope. */
@Tag(name = "People")
@RestController
@RequestMapping("/api/v1/people")
class PeopleApiController {

    private final PersonManagement people;

    PeopleApiController(PersonManagement people) {
        this.people = people;
    }

    @Operation(summary = "People in the caller's scope, sorted the Vietnamese way; q ignores case and diacritics")
    @GetMapping
    Paged<PersonSummary> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long organization,
            @RequestParam(required = false) PersonCategory category,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            Scope scope) {
        return people.browse(new PeopleQuery(q, organization, category, new PageRequest(page, size)), scope);
    }

    /** A person to record: the record's fields, the organisation and the day they joined it (today if left out). */
    record NewPerson(PersonDetails details, Long organizationId, java.time.LocalDate joinedOrganizationOn) {}

    @Operation(
            summary = "Records a person (201 with the record). A national ID or card number held by a record in the"
                    + " caller's scope answers 422 at its field; the answer never tells whether a number exists"
                    + " outside the scope")
    @PostMapping
    ResponseEntity<PersonView> create(@RequestBody NewPerson body, Scope scope) {
        if (body == null || body.details() == null || body.organizationId() == null) {
            throw new InvalidInputException(List.of(new InvalidInputException.Violation(
                    body == null || body.details() == null ? "details" : "organizationId", "error.validation")));
        }
        if (body.details().category() == null || body.details().fullName() == null) {
            throw new InvalidInputException(List.of(new InvalidInputException.Violation(
                    body.details().category() == null ? "category" : "fullName", "error.validation")));
        }
        long id = people.register(
                new RegisterPerson(body.details(), body.organizationId(), body.joinedOrganizationOn()), scope);
        return ResponseEntity.created(URI.create("/api/v1/people/" + id)).body(people.get(id, scope));
    }

    @Operation(summary = "One person's record (a logged read of sensitive personal data; 404 outside the scope)")
    @GetMapping("/{id}")
    PersonView get(@PathVariable long id, Scope scope) {
        return people.get(id, scope);
    }
}
