/**
 * Accounts, role grants scoped to an organisation subtree, sign-in (form and personal access tokens), lockout,
 * sessions, and the resolution of every request's {@link vn.lamtheobac.shared.Scope}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Identity and access",
        allowedDependencies = {"organization", "people"})
package vn.lamtheobac.identity;
