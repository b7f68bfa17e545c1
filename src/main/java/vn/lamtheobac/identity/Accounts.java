package vn.lamtheobac.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lamtheobac.shared.Grant;
import vn.lamtheobac.shared.Role;

/** Accounts, grants and access tokens in {@code identity.*}. */
@Repository
class Accounts {

    private static final String ACCOUNT = """
            select id, username, display_name, person_id, enabled, last_login_at, password_hash, version
            from identity.accounts
            """;

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record AccountRow(
            long id,
            String username,
            String displayName,
            Long personId,
            boolean enabled,
            Instant lastLoginAt,
            String passwordHash,
            int version) {}

    Optional<AccountRow> findByUsername(String username) {
        return jdbc.sql(ACCOUNT + " where username = ?")
                .param(username)
                .query(Accounts::map)
                .optional();
    }

    /** Display names by username, for the usernames that have an account. */
    java.util.Map<String, String> displayNames(java.util.Collection<String> usernames) {
        var names = new java.util.HashMap<String, String>();
        jdbc.sql("select username, display_name from identity.accounts where username in (:usernames)")
                .param("usernames", List.copyOf(usernames))
                .query((ResultSet rs) -> {
                    names.put(rs.getString(1), rs.getString(2));
                });
        return names;
    }

    Optional<AccountRow> findById(long id) {
        return jdbc.sql(ACCOUNT + " where id = ?")
                .param(id)
                .query(Accounts::map)
                .optional();
    }

    List<AccountRow> search(String text, int limit, int offset) {
        return jdbc.sql(ACCOUNT + """
                         where (:text::text is null or public.search_text(username || ' ' || display_name)
                                like '%' || public.search_text(:text) || '%')
                         order by username limit :limit offset :offset
                        """)
                .param("text", text)
                .param("limit", limit)
                .param("offset", offset)
                .query(Accounts::map)
                .list();
    }

    long count(String text) {
        return jdbc.sql("""
                        select count(*) from identity.accounts
                        where (:text::text is null or public.search_text(username || ' ' || display_name)
                               like '%' || public.search_text(:text) || '%')
                        """).param("text", text).query(Long.class).single();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("select exists (select 1 from identity.accounts where username = ?)")
                .param(username)
                .query(Boolean.class)
                .single();
    }

    boolean personTaken(long personId) {
        return jdbc.sql("select exists (select 1 from identity.accounts where person_id = ?)")
                .param(personId)
                .query(Boolean.class)
                .single();
    }

    long insert(String username, String displayName, Long personId, String passwordHash) {
        return jdbc.sql("""
                        insert into identity.accounts (username, display_name, person_id, password_hash)
                        values (?, ?, ?, ?) returning id
                        """)
                .params(username, displayName, personId, passwordHash)
                .query(Long.class)
                .single();
    }

    void setPassword(long id, String passwordHash) {
        jdbc.sql("""
                        update identity.accounts set password_hash = ?, password_changed_at = now(),
                            version = version + 1
                        where id = ?
                        """).params(passwordHash, id).update();
    }

    void setEnabled(long id, boolean enabled, int version) {
        int rows = jdbc.sql(
                        "update identity.accounts set enabled = ?, version = version + 1 where id = ? and version = ?")
                .params(enabled, id, version)
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Account " + id + " was changed by someone else");
        }
    }

    void recordSuccess(String username) {
        jdbc.sql("""
                        update identity.accounts set last_login_at = now() where username = ?
                        """).param(username).update();
    }

    List<AccountManagement.Recipient> holders(long organizationId, Role... roles) {
        return jdbc.sql("""
                        select distinct a.id, a.username, a.person_id from identity.accounts a
                        join identity.grants g on g.account_id = a.id
                        where g.organization_id = ? and g.role = any (?) and a.enabled
                        order by a.id
                        """)
                .params(
                        organizationId,
                        java.util.Arrays.stream(roles).map(Role::name).toArray(String[]::new))
                .query((rs, i) ->
                        new AccountManagement.Recipient(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3)))
                .list();
    }

    java.util.Optional<AccountManagement.Recipient> accountOfPerson(long personId) {
        return jdbc.sql("select id, username, person_id from identity.accounts where person_id = ? and enabled")
                .param(personId)
                .query((rs, i) ->
                        new AccountManagement.Recipient(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3)))
                .optional();
    }

    List<Grant> grants(long accountId) {
        return jdbc.sql(
                        "select role, organization_id from identity.grants where account_id = ? order by role, organization_id")
                .param(accountId)
                .query((rs, i) -> new Grant(Role.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
    }

    record GrantRow(long id, long accountId, Grant grant) {}

    List<GrantRow> grantRows(long accountId) {
        return jdbc.sql("select id, account_id, role, organization_id from identity.grants where account_id = ?"
                        + " order by role, organization_id")
                .param(accountId)
                .query((rs, i) -> new GrantRow(
                        rs.getLong(1), rs.getLong(2), new Grant(Role.valueOf(rs.getString(3)), rs.getLong(4))))
                .list();
    }

    Optional<GrantRow> findGrant(long grantId) {
        return jdbc.sql("select id, account_id, role, organization_id from identity.grants where id = ?")
                .param(grantId)
                .query((rs, i) -> new GrantRow(
                        rs.getLong(1), rs.getLong(2), new Grant(Role.valueOf(rs.getString(3)), rs.getLong(4))))
                .optional();
    }

    long insertGrant(long accountId, Role role, long organizationId) {
        return jdbc.sql("""
                        insert into identity.grants (account_id, role, organization_id) values (?, ?, ?)
                        on conflict (account_id, role, organization_id) do update set role = excluded.role
                        returning id
                        """)
                .params(accountId, role.name(), organizationId)
                .query(Long.class)
                .single();
    }

    void deleteGrant(long grantId) {
        jdbc.sql("delete from identity.grants where id = ?").param(grantId).update();
    }

    long insertToken(long accountId, String name, String hash, Instant expiresAt, boolean readOnly) {
        return jdbc.sql("""
                        insert into identity.access_tokens (account_id, name, token_hash, expires_at, read_only)
                        values (?, ?, ?, ?, ?) returning id
                        """)
                .params(accountId, name, hash, Timestamp.from(expiresAt), readOnly)
                .query(Long.class)
                .single();
    }

    List<AccessTokenView> tokens(long accountId, Instant now) {
        return jdbc.sql("""
                        select id, name, created_at, expires_at, last_used_at, revoked_at, read_only
                        from identity.access_tokens
                        where account_id = ? order by created_at desc
                        """)
                .param(accountId)
                .query((rs, i) -> new AccessTokenView(
                        rs.getLong(1),
                        rs.getString(2),
                        instant(rs, 3),
                        instant(rs, 4),
                        instant(rs, 5),
                        instant(rs, 6),
                        rs.getBoolean(7),
                        rs.getTimestamp(6) == null && instant(rs, 4).isAfter(now)))
                .list();
    }

    /** Revokes every active token of the account (its password changed); returns how many. */
    int revokeTokens(long accountId) {
        return jdbc.sql(
                        "update identity.access_tokens set revoked_at = now() where account_id = ? and revoked_at is null")
                .param(accountId)
                .update();
    }

    int revokeToken(long accountId, long tokenId) {
        return jdbc.sql("""
                        update identity.access_tokens set revoked_at = now()
                        where id = ? and account_id = ? and revoked_at is null
                        """).params(tokenId, accountId).update();
    }

    /** An active token's account and whether the token may only read. */
    record TokenHolder(AccountRow account, boolean readOnly) {}

    /** The account behind a token that is active and unexpired at {@code now}, recording its use. */
    Optional<TokenHolder> findByTokenHash(String hash, Instant now) {
        var readOnly = jdbc.sql("""
                        select read_only from identity.access_tokens
                        where token_hash = ? and revoked_at is null and expires_at > ?
                        """)
                .params(hash, Timestamp.from(now))
                .query(Boolean.class)
                .optional();
        if (readOnly.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql(ACCOUNT + " where id = (select account_id from identity.access_tokens where token_hash = ?)")
                .param(hash)
                .query(Accounts::map)
                .optional()
                .map(account -> {
                    jdbc.sql("update identity.access_tokens set last_used_at = now() where token_hash = ?")
                            .param(hash)
                            .update();
                    return new TokenHolder(account, readOnly.get());
                });
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static AccountRow map(ResultSet rs, int row) throws SQLException {
        return new AccountRow(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                (Long) rs.getObject("person_id"),
                rs.getBoolean("enabled"),
                instant(rs, rs.findColumn("last_login_at")),
                rs.getString("password_hash"),
                rs.getInt("version"));
    }
}
