/**
 * Yearly commitments (bản cam kết tu dưỡng, rèn luyện, phấn đấu) of party members and civil servants under the
 * year's theme: written and submitted by the member, acknowledged by the cell, self-assessed and assessed at year end,
 * then closed; a closed commitment changes only by an audited correction. Its outcome feeds the annual rating.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Commitments",
        allowedDependencies = {"organization", "people", "programme", "document"})
package vn.lamtheobac.commitment;
