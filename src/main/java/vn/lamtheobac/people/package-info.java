/**
 * People (đảng viên, công chức viên chức, đoàn viên, hội viên): their records, membership history in the organisation
 * tree, discipline records, XLSX import and export. Party membership is sensitive personal data: every read of a
 * profile and every export is published for the audit trail.
 *
 * <p>Membership transfers (chuyển sinh hoạt đảng). A national ID or party card number names one person, and an office
 * must not learn from the answer whether a number exists outside its scope. A number held by a record the caller can
 * read is refused at its field, with a link to that record. A number held only outside the caller's scope is answered
 * exactly as a new number, by the form, the API and the import: the record is saved as provisional (only provisional
 * records may repeat a number: partial unique indexes) and {@link vn.lamtheobac.people.TransferManagement} asks the
 * nearest common committee of the two organisations to decide. Its secretaries and officers are notified (an event);
 * they approve (the existing record moves to the requesting organisation with its history; the provisional record is
 * merged into it) or refuse with a reason (the provisional record is closed and the requesting officer told why). The
 * requester sees only what they typed until then; wherever both records are in scope, the provisional one is left out
 * of lists and figures, so the person is counted once. The workflow is the aggregate {@code MembershipTransfer}, one
 * transition table ({@code TransferTransitions}) and pure rules ({@code TransferRules}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "People",
        allowedDependencies = {"organization"})
package vn.lamtheobac.people;
