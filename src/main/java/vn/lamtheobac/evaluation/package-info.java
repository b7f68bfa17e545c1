/**
 * Annual (and mid-term, ad-hoc) evaluation and rating of party members and party organisations under the Party's
 * versioned rule sets (Quy định 132-QĐ/TW 2018, 124-QĐ/TW 2023, 366-QĐ/TW 2025 with Hướng dẫn 43-HD/BTCTW): rounds,
 * self-assessments, the cell's proposals and the committee's decisions, each checked against the round's rule set, the
 * 20% cap on HTXSNV within each grassroots organisation included, with a plain-Vietnamese reason citing the source
 * for every refusal.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Evaluation and rating",
        allowedDependencies = {"organization", "people", "commitment", "document"})
package vn.lamtheobac.evaluation;
