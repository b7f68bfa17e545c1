package vn.lamtheobac.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.lamtheobac.people.ImportJobView;
import vn.lamtheobac.people.ImportJobView.ImportError;
import vn.lamtheobac.people.PeopleImport;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.web.Downloads;

/** People imports over the API: upload a file, follow its job, read every error, download the copy with errors. */
@Tag(name = "People imports")
@RestController
@RequestMapping("/api/v1/people/imports")
class PeopleImportApiController {

    private final PeopleImport imports;
    private final MessageSource messages;

    PeopleImportApiController(PeopleImport imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    record Created(long id) {}

    record Progress(int processed, int total, int percent) {}

    record Counts(int created, int updated, int unchanged) {}

    record Error(int row, String column, String messageKey, String message) {}

    record Job(
            long id,
            String fileName,
            String status,
            Progress progress,
            Counts counts,
            int errorCount,
            int conversionCount,
            List<Error> errors) {}

    @Operation(
            summary = "Uploads an XLSX file of the template (multipart 'file') and answers 202 with the job id. A valid"
                    + " file is written at once; with review=true, or when it holds text converted from TCVN3/VNI,"
                    + " it waits for POST …/{id}/confirm")
    @PostMapping(consumes = "multipart/form-data")
    ResponseEntity<Created> upload(
            @RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean review, Scope scope)
            throws IOException {
        long id = imports.start(file.getOriginalFilename(), file.getBytes(), scope, review);
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/people/imports/" + id))
                .body(new Created(id));
    }

    @Operation(summary = "The job: status, progress, counts (to be written while READY) and every error by row")
    @GetMapping("/{id}")
    Job get(@PathVariable long id, Scope scope, Locale locale) {
        var job = imports.get(id, scope);
        var errors = new ArrayList<Error>(job.errorCount());
        imports.forEachError(id, scope, e -> errors.add(error(e, locale)));
        return view(job, errors);
    }

    @Operation(summary = "Writes a job waiting in READY; conversionsAccepted must be true when it holds converted text")
    @PostMapping("/{id}/confirm")
    ResponseEntity<Map<String, Object>> confirm(
            @PathVariable long id, @RequestParam(defaultValue = "false") boolean conversionsAccepted, Scope scope) {
        imports.confirm(id, scope, conversionsAccepted);
        return ResponseEntity.accepted().body(Map.of("id", id));
    }

    @Operation(summary = "The uploaded file with an error column and its faulty cells marked (404 unless refused)")
    @GetMapping("/{id}/errors.xlsx")
    void errorCopy(@PathVariable long id, Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        var copy = imports.errorCopy(id, scope);
        response.setContentType(PeopleImportController.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(copy.fileName()));
        copy.writeTo(response.getOutputStream(), e -> message(e, locale));
    }

    private Job view(ImportJobView job, List<Error> errors) {
        return new Job(
                job.id(),
                job.fileName(),
                job.status().name(),
                new Progress(job.processedRows(), job.totalRows(), job.percent()),
                new Counts(job.createdCount(), job.updatedCount(), job.unchangedCount()),
                job.errorCount(),
                job.conversionCount(),
                errors);
    }

    private Error error(ImportError e, Locale locale) {
        return new Error(e.row(), e.column(), e.messageKey(), message(e, locale));
    }

    private String message(ImportError e, Locale locale) {
        return messages.getMessage(e.messageKey(), e.args().toArray(), e.messageKey(), locale);
    }
}
