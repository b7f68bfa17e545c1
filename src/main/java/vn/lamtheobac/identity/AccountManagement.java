package vn.lamtheobac.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.identity.AccountCommands.ChangePassword;
import vn.lamtheobac.identity.AccountCommands.CreateAccessToken;
import vn.lamtheobac.identity.AccountCommands.CreateAccount;
import vn.lamtheobac.identity.AccountCommands.GrantRole;
import vn.lamtheobac.identity.AccountView.GrantView;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.DataChanged;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.NotFoundException;
import vn.lamtheobac.shared.PageRequest;
import vn.lamtheobac.shared.Paged;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;

/**
 * Accounts and their grants (administrators), and what every user does for their own account: change the password,
 * manage personal access tokens, sign out their other sessions.
 */
@Service
@Transactional(readOnly = true)
public class AccountManagement {

    static final String ENTITY = "Account";
    static final String TOKEN_PREFIX = "ltb_";

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final SecurityProperties properties;
    private final PasswordPolicy passwordPolicy;
    private final SignInThrottle throttle;
    private final OrganizationManagement organizations;
    private final PersonManagement people;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccountManagement(
            Accounts accounts,
            PasswordEncoder passwords,
            SecurityProperties properties,
            PasswordPolicy passwordPolicy,
            SignInThrottle throttle,
            OrganizationManagement organizations,
            PersonManagement people,
            FindByIndexNameSessionRepository<? extends Session> sessions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.properties = properties;
        this.passwordPolicy = passwordPolicy;
        this.throttle = throttle;
        this.organizations = organizations;
        this.people = people;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    public Paged<AccountView> list(String text, PageRequest page, Scope scope) {
        requireAdmin(scope);
        String filter = text == null || text.isBlank() ? null : text.trim();
        var rows = accounts.search(filter, page.size(), (int) page.offset());
        return Paged.of(rows.stream().map(this::view).toList(), page.number(), page.size(), accounts.count(filter));
    }

    public AccountView get(long id, Scope scope) {
        requireAdmin(scope);
        return view(accounts.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id)));
    }

    /** The caller's own account. */
    public AccountView me(Scope scope) {
        return view(accounts.findById(scope.accountId())
                .orElseThrow(() -> new NotFoundException(ENTITY, scope.accountId())));
    }

    @Transactional
    public long create(CreateAccount command, Scope scope) {
        requireAdmin(scope);
        return createAccount(command);
    }

    /** Creates an account without a caller (start-up data only). */
    @Transactional
    public long createAccount(CreateAccount command) {
        String username =
                command.username() == null ? "" : command.username().trim().toLowerCase();
        if (!username.matches("[a-z0-9._-]{3,64}")) {
            throw BusinessRuleException.atField("username", "account.error.username");
        }
        if (accounts.usernameTaken(username)) {
            throw BusinessRuleException.atField("username", "account.error.usernameTaken");
        }
        if (command.displayName() == null || command.displayName().isBlank()) {
            throw BusinessRuleException.atField("displayName", "account.error.displayName");
        }
        if (command.personId() != null) {
            if (people.names(List.of(command.personId())).isEmpty()) {
                throw BusinessRuleException.atField("personId", "account.error.personUnknown");
            }
            if (accounts.personTaken(command.personId())) {
                throw BusinessRuleException.atField("personId", "account.error.personTaken");
            }
        }
        passwordPolicy.check("password", command.password(), username, command.displayName());
        long id = accounts.insert(
                username, command.displayName().trim(), command.personId(), passwords.encode(command.password()));
        events.publishEvent(DataChanged.created(
                ENTITY,
                id,
                Map.of(
                        "username",
                        username,
                        "displayName",
                        command.displayName(),
                        "personId",
                        String.valueOf(command.personId()))));
        return id;
    }

    @Transactional
    public long grant(GrantRole command, Scope scope) {
        requireAdmin(scope);
        accounts.findById(command.accountId()).orElseThrow(() -> new NotFoundException(ENTITY, command.accountId()));
        return grantRole(command);
    }

    /** Grants a role without a caller (start-up data only). */
    @Transactional
    public long grantRole(GrantRole command) {
        if (command.role() == null) {
            throw BusinessRuleException.atField("role", "account.error.role");
        }
        if (organizations.names(List.of(command.organizationId())).isEmpty()) {
            throw BusinessRuleException.atField("organizationId", "account.error.organizationUnknown");
        }
        long id = accounts.insertGrant(command.accountId(), command.role(), command.organizationId());
        events.publishEvent(DataChanged.created("Grant", id, command));
        return id;
    }

    @Transactional
    public void revoke(long grantId, Scope scope) {
        requireAdmin(scope);
        var grant = accounts.findGrant(grantId).orElseThrow(() -> new NotFoundException("Grant", grantId));
        if (grant.accountId() == scope.accountId()
                && grant.grant().role() == Role.ADMIN
                && accounts.grants(scope.accountId()).stream()
                                .filter(g -> g.role() == Role.ADMIN)
                                .count()
                        == 1) {
            throw new BusinessRuleException("account.error.lastOwnAdmin");
        }
        accounts.deleteGrant(grantId);
        events.publishEvent(DataChanged.deleted("Grant", grantId, grant));
    }

    /**
     * Sets a new password chosen by an administrator: every session of the account ends and its access tokens are
     * revoked (whoever held the old password may hold them too).
     */
    @Transactional
    public void resetPassword(long accountId, String newPassword, Scope scope) {
        requireAdmin(scope);
        var account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException(ENTITY, accountId));
        passwordPolicy.check("password", newPassword, account.username(), account.displayName());
        accounts.setPassword(accountId, passwords.encode(newPassword));
        endSessions(account.username(), null);
        accounts.revokeTokens(accountId);
        throttle.clear(account.username());
        events.publishEvent(
                DataChanged.updated(ENTITY, accountId, Map.of("password", "***"), Map.of("password", "reset")));
    }

    /** Forgets the failed sign-ins of the account's user name from every address, so it is throttled nowhere. */
    @Transactional
    public void clearSignInFailures(long accountId, Scope scope) {
        requireAdmin(scope);
        var account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException(ENTITY, accountId));
        throttle.clear(account.username());
        events.publishEvent(DataChanged.updated(
                ENTITY, accountId, Map.of("signInFailures", true), Map.of("signInFailures", false)));
    }

    @Transactional
    public void setEnabled(long accountId, boolean enabled, int version, Scope scope) {
        requireAdmin(scope);
        var account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException(ENTITY, accountId));
        if (accountId == scope.accountId() && !enabled) {
            throw new BusinessRuleException("account.error.disableSelf");
        }
        accounts.setEnabled(accountId, enabled, version);
        if (!enabled) {
            endSessions(account.username(), null);
        }
        events.publishEvent(DataChanged.updated(
                ENTITY, accountId, Map.of("enabled", account.enabled()), Map.of("enabled", enabled)));
    }

    /**
     * Changes the caller's own password. A wrong current password counts against the sign-in throttle of the caller's
     * user name at {@code clientAddress} and is refused once it is spent; a change ends every other session of the
     * account (keeping {@code currentSessionId}) and revokes its access tokens.
     */
    @Transactional
    public void changeOwnPassword(ChangePassword command, Scope scope, String currentSessionId, String clientAddress) {
        var account = accounts.findById(scope.accountId())
                .orElseThrow(() -> new NotFoundException(ENTITY, scope.accountId()));
        var wait = throttle.waitBefore(account.username(), clientAddress);
        if (wait.isPresent()) {
            throttle.refused(account.username(), wait.get());
            throw BusinessRuleException.atField(
                    "currentPassword", "account.error.currentPasswordThrottled", SignInThrottle.minutes(wait.get()));
        }
        if (command.currentPassword() == null
                || !passwords.matches(command.currentPassword(), account.passwordHash())) {
            throttle.failed(account.username(), clientAddress);
            throw BusinessRuleException.atField("currentPassword", "account.error.currentPassword");
        }
        passwordPolicy.check("newPassword", command.newPassword(), account.username(), account.displayName());
        if (!command.newPassword().equals(command.confirmation())) {
            throw BusinessRuleException.atField("confirmation", "account.error.confirmation");
        }
        accounts.setPassword(account.id(), passwords.encode(command.newPassword()));
        endSessions(account.username(), currentSessionId);
        accounts.revokeTokens(account.id());
        throttle.succeeded(account.username(), clientAddress);
        events.publishEvent(
                DataChanged.updated(ENTITY, account.id(), Map.of("password", "***"), Map.of("password", "changed")));
    }

    /** Ends every session of the caller except {@code currentSessionId}; returns how many ended. */
    public int signOutOtherSessions(Scope scope, String currentSessionId) {
        return endSessions(scope.username(), currentSessionId);
    }

    public List<AccessTokenView> tokens(Scope scope) {
        return accounts.tokens(scope.accountId(), clock.instant());
    }

    /** The longest a token may be valid, in days. */
    public long maxTokenDays() {
        return Math.max(1, properties.maxTokenLifetime().toDays());
    }

    /**
     * Creates a personal access token with the caller's scope, valid for 1 day up to {@link #maxTokenDays()}, read-only
     * if asked; returns the secret, shown to the user only once.
     */
    @Transactional
    public String createToken(CreateAccessToken command, Scope scope) {
        if (command.name() == null || command.name().isBlank() || command.name().length() > 100) {
            throw BusinessRuleException.atField("name", "token.error.name");
        }
        if (command.validDays() == null || command.validDays() < 1 || command.validDays() > maxTokenDays()) {
            throw BusinessRuleException.atField("validDays", "token.error.validDays", maxTokenDays());
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expiresAt = clock.instant().plus(Duration.ofDays(command.validDays()));
        long id = accounts.insertToken(
                scope.accountId(), command.name().trim(), hash(token), expiresAt, command.readOnly());
        events.publishEvent(DataChanged.created(
                "AccessToken",
                id,
                Map.of(
                        "name",
                        command.name().trim(),
                        "expiresAt",
                        expiresAt.toString(),
                        "readOnly",
                        command.readOnly())));
        return token;
    }

    @Transactional
    public void revokeToken(long tokenId, Scope scope) {
        if (accounts.revokeToken(scope.accountId(), tokenId) == 0) {
            throw new NotFoundException("AccessToken", tokenId);
        }
        events.publishEvent(
                DataChanged.updated("AccessToken", tokenId, Map.of("revoked", false), Map.of("revoked", true)));
    }

    /** An account to notify: who holds a role over an organisation. */
    public record Recipient(long accountId, String username, Long personId) {}

    /** The accounts holding one of {@code roles} directly on {@code organizationId} (its secretaries, officers…). */
    public List<Recipient> holders(long organizationId, Role... roles) {
        return accounts.holders(organizationId, roles);
    }

    /** The account linked to a person, if they have one. */
    public java.util.Optional<Recipient> accountOf(long personId) {
        return accounts.accountOfPerson(personId);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private int endSessions(String username, String keepSessionId) {
        var found = sessions.findByPrincipalName(username);
        int ended = 0;
        for (String id : found.keySet()) {
            if (!id.equals(keepSessionId)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        return ended;
    }

    private static void requireAdmin(Scope scope) {
        if (!scope.has(Role.ADMIN)) {
            throw new ForbiddenException("account.error.adminOnly");
        }
    }

    private AccountView view(Accounts.AccountRow row) {
        var grants = accounts.grantRows(row.id());
        var names = organizations.names(
                grants.stream().map(g -> g.grant().organizationId()).toList());
        return new AccountView(
                row.id(),
                row.username(),
                row.displayName(),
                row.personId(),
                row.enabled(),
                throttle.hasFailures(row.username()),
                row.lastLoginAt(),
                grants.stream()
                        .map(g -> new GrantView(
                                g.id(), g.grant(), names.get(g.grant().organizationId())))
                        .toList(),
                row.version());
    }
}
