/**
 * Party documents (Hướng dẫn 36-HD/VPTW): document types, numbers that run from 01 per issuing committee, document
 * type and committee term, the register of issued documents (sổ đăng ký văn bản đi), the DOCX writer for the party
 * layout, and the file store every module keeps its attachments in.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Party documents and files",
        allowedDependencies = {"organization", "people"})
package vn.lamtheobac.document;
