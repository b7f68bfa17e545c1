/**
 * People (đảng viên, công chức viên chức, đoàn viên, hội viên): their records, membership history in the organisation
 * tree, discipline records, XLSX import and export. Party membership is sensitive personal data: every read of a
 * profile and every export is published for the audit trail.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "People",
        allowedDependencies = {"organization"})
package vn.lamtheobac.people;
