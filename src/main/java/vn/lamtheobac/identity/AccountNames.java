package vn.lamtheobac.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import vn.lamtheobac.shared.ActorNames;

/** Login names to display names, remembered for the rest of the request so that a list asks the database once. */
@Component("actorNames")
class AccountNames implements ActorNames {

    private static final String CACHE = AccountNames.class.getName() + ".cache";

    private final Accounts accounts;
    private final MessageSource messages;

    AccountNames(Accounts accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @Override
    public Map<String, String> displayNames(Collection<String> usernames) {
        var cache = cache();
        var missing = new LinkedHashSet<String>();
        for (String username : usernames) {
            if (username != null && !cache.containsKey(username)) {
                missing.add(username);
            }
        }
        if (!missing.isEmpty()) {
            var found = accounts.displayNames(missing);
            missing.forEach(username -> cache.put(username, found.get(username)));
        }
        var names = new HashMap<String, String>();
        usernames.stream()
                .filter(Objects::nonNull)
                .filter(username -> cache.get(username) != null)
                .forEach(username -> names.put(username, cache.get(username)));
        return names;
    }

    @Override
    public String nameOf(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        if (SYSTEM.equals(username)) {
            return messages.getMessage("actor.system", null, LocaleContextHolder.getLocale());
        }
        return displayNames(java.util.List.of(username)).getOrDefault(username, username);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> cache() {
        var request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return new HashMap<>();
        }
        var cache = (Map<String, String>) request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST);
        if (cache == null) {
            cache = new HashMap<>();
            request.setAttribute(CACHE, cache, RequestAttributes.SCOPE_REQUEST);
        }
        return cache;
    }
}
