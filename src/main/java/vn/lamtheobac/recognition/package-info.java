/**
 * Emulation and commendation (thi đua, khen thưởng): committees launch emulation movements for their subtree; units
 * propose collectives and individuals for commendation with evidence from the system (the year's decided rating, the
 * commitment outcome, discipline, their initiatives); each committee up the tree reviews the nomination until it
 * reaches the committee entitled to grant the proposed form, which decides under a party document number; decisions
 * print as party documents and certificates; honour rolls list a subtree's commendations, and exemplars (gương điển
 * hình tiêu biểu) go to the public portal, an individual only with their recorded consent.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Emulation and commendation",
        allowedDependencies = {"organization", "people", "evaluation", "commitment", "initiative", "document"})
package vn.lamtheobac.recognition;
