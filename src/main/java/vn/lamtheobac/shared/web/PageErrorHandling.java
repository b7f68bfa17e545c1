package vn.lamtheobac.shared.web;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.NotFoundException;

/**
 * Pages answer errors with the Vietnamese error page {@code templates/error.html}, worded per status. Forms catch the errors they can show
 * at a field themselves; what reaches this class is shown as a whole page.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrorHandling {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND, null);
    }

    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden(ForbiddenException e) {
        return page(HttpStatus.FORBIDDEN, e.messageKey());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView stale() {
        return page(HttpStatus.CONFLICT, null);
    }

    @ExceptionHandler(BusinessRuleException.class)
    ModelAndView rule(BusinessRuleException e) {
        var page = page(HttpStatus.UNPROCESSABLE_CONTENT, e.messageKey());
        page.addObject("detailArgs", e.args());
        return page;
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException e) {
        var first = e.violations().get(0);
        var page = page(HttpStatus.UNPROCESSABLE_CONTENT, first.messageKey());
        page.addObject("detailArgs", first.args());
        return page;
    }

    /** A text longer than its column holds (the CHECKs of V1_24), where no form bounded it first. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView integrity(DataIntegrityViolationException e) {
        if (!TooLong.is(e)) {
            throw e;
        }
        return page(HttpStatus.UNPROCESSABLE_CONTENT, "error.input.lengthColumn");
    }

    /** {@code ?page=abc} or {@code ?page=99999999999999999999}: 400 naming the parameter, on the error page. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatch(MethodArgumentTypeMismatchException e) {
        var page = page(HttpStatus.BAD_REQUEST, "error.input.type");
        page.addObject("detailArgs", new Object[] {e.getName()});
        return page;
    }

    @ExceptionHandler(MalformedInputException.class)
    ModelAndView malformed(MalformedInputException e) {
        var page = page(HttpStatus.BAD_REQUEST, e.messageKey());
        page.addObject("detailArgs", new Object[] {e.parameter()});
        return page;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e) {
        var page = page(HttpStatus.PAYLOAD_TOO_LARGE, "error.413.detail");
        page.addObject("detailArgs", new Object[] {Math.max(0, e.getMaxUploadSize()) / 1024 / 1024});
        return page;
    }

    private static ModelAndView page(HttpStatus status, String detailKey) {
        var page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("detailKey", detailKey);
        return page;
    }
}
