package vn.lamtheobac.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lamtheobac.identity.ScopeSwitch;
import vn.lamtheobac.shared.Scope;

/** Keeping the session alive from the idle warning, and choosing which grant is in force. */
@Controller
class SessionController {

    private final ScopeSwitch scopeSwitch;

    SessionController(ScopeSwitch scopeSwitch) {
        this.scopeSwitch = scopeSwitch;
    }

    /** Touching the session is all it takes: the request itself renews the idle timer. */
    @PostMapping("/app/session/keep-alive")
    ResponseEntity<Void> keepAlive() {
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/app/scope")
    String switchScope(@RequestParam(required = false) String grant, Scope scope, HttpServletRequest request) {
        scopeSwitch.choose(grant, scope, request.getSession());
        return "redirect:/app";
    }
}
