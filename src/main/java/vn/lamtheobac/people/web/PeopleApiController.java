package vn.lamtheobac.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lamtheobac.people.PeopleQuery;
import vn.lamtheobac.people.PersonCategory;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.people.PersonSummary;
import vn.lamtheobac.people.PersonView;
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

    @Operation(summary = "One person's record (a logged read of sensitive personal data; 404 outside the scope)")
    @GetMapping("/{id}")
    PersonView get(@PathVariable long id, Scope scope) {
        return people.get(id, scope);
    }
}
