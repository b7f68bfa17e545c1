package vn.lamtheobac.shared.web;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.NotFoundException;

/** The JSON API answers every error as an RFC 9457 problem detail, with a Vietnamese (or English) explanation. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ApiErrorHandling extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiErrorHandling(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, text("error.404.message"));
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, text(e.messageKey()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail stale(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, text("error.409.message"));
    }

    @ExceptionHandler(BusinessRuleException.class)
    ProblemDetail rule(BusinessRuleException e) {
        var problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, text(e.messageKey(), e.args()));
        problem.setProperty("code", e.messageKey());
        if (e instanceof vn.lamtheobac.shared.RuleBrokenException broken) {
            problem.setProperty("rule", broken.rule());
            problem.setProperty("source", broken.source());
        }
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        return problem;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        var problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, text("error.validation"));
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        e.violations()
                .forEach(v -> errors.merge(
                        v.field() == null ? "" : v.field(), text(v.messageKey(), v.args()), (a, b) -> a + " " + b));
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(ApiVersions.VersionRequiredException.class)
    ProblemDetail versionRequired() {
        var problem = problem(HttpStatus.PRECONDITION_REQUIRED, text("error.428.message"));
        problem.setProperty("field", "version");
        return problem;
    }

    /** A text longer than its column holds (the CHECKs of V1_24), where no form or command bounded it first. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        if (!TooLong.is(e)) {
            throw e;
        }
        return ResponseEntity.unprocessableContent()
                .body(problem(HttpStatus.UNPROCESSABLE_CONTENT, text("error.input.lengthColumn")));
    }

    @ExceptionHandler(MalformedInputException.class)
    ProblemDetail malformed(MalformedInputException e) {
        var problem = problem(HttpStatus.BAD_REQUEST, text(e.messageKey(), e.parameter()));
        problem.setProperty("field", e.parameter());
        return problem;
    }

    /**
     * A body that is not the JSON the operation reads (a list item that is {@code null}, a number too large, a control
     * character in a text): 400 naming the field where reading stopped.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = null;
        if (ex.getCause() instanceof DatabindException databind) {
            field = databind.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
        }
        var problem = field == null || field.isEmpty()
                ? problem(HttpStatus.BAD_REQUEST, text("error.input.body"))
                : problem(HttpStatus.BAD_REQUEST, text("error.input.bodyField", field));
        if (field != null && !field.isEmpty()) {
            problem.setProperty("field", field);
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var locale = LocaleContextHolder.getLocale();
        Map<String, String> errors = ex.getBindingResult().getFieldErrors().stream()
                .collect(Collectors.toMap(
                        f -> f.getField(), f -> messages.getMessage(f, locale), (a, b) -> a + " " + b));
        var problem = problem(HttpStatus.BAD_REQUEST, text("error.validation"));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private ProblemDetail problem(HttpStatus status, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(text("error." + status.value() + ".title"));
        return problem;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
