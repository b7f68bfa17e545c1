package vn.lamtheobac.document;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.shared.AccessDenied;
import vn.lamtheobac.shared.ActorNames;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.DataChanged;
import vn.lamtheobac.shared.NotFoundException;
import vn.lamtheobac.shared.Paged;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.SensitiveDataAccessed;

/**
 * Numbers party documents and keeps the register of issued documents (sổ đăng ký văn bản đi). Per Hướng dẫn
 * 36-HD/VPTW, numbers run "liên tục từ số 01 cho mỗi tên loại văn bản trong một nhiệm kỳ cấp ủy": one sequence per
 * issuing organisation × document type × committee term.
 */
@Service
@Transactional(readOnly = true)
public class DocumentRegister {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The source type of an entry made by hand for a document drafted outside the system. */
    public static final String MANUAL = "Manual";

    private final JdbcClient jdbc;
    private final OrganizationManagement organizations;
    private final ApplicationEventPublisher events;
    private final ActorNames actorNames;

    DocumentRegister(
            JdbcClient jdbc,
            OrganizationManagement organizations,
            ApplicationEventPublisher events,
            ActorNames actorNames) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.events = events;
        this.actorNames = actorNames;
    }

    public List<DocumentType> types() {
        return jdbc.sql("select code, name_vi, name_en from document.document_types order by sort_order")
                .query((rs, i) -> new DocumentType(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /**
     * Allocates the next number and records the document in the register, in the caller's transaction: if the
     * caller rolls back, the number is given back, so numbers have no gaps. Concurrent issues queue on the counter
     * row, so no number is given twice.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public IssuedDocument issue(IssueDocument command) {
        return issue(command, null);
    }

    /**
     * Enters a document drafted elsewhere: the officer who issues the committee's documents records its type, date,
     * summary and signer, and it takes the next number of its sequence.
     */
    @Transactional
    public IssuedDocument record(RecordManualEntry command, Scope scope) {
        organizations.require(scope, command.organizationId(), Capability.ISSUE_DOCUMENTS, "document.error.notAllowed");
        return issue(
                new IssueDocument(
                        command.organizationId(),
                        command.typeCode(),
                        command.issuedOn(),
                        command.title(),
                        MANUAL,
                        0,
                        command.earlierDateConfirmed()),
                command.signer());
    }

    /** Whether the caller may enter documents in the register of {@code organizationId}. */
    public boolean canRecord(long organizationId, Scope scope) {
        return organizations.allows(scope, organizationId, Capability.ISSUE_DOCUMENTS);
    }

    /** The entry of the document that a record of another module carries, if it has been issued. */
    public Optional<IssuedDocument> issuedFor(long organizationId, String sourceType, long sourceId) {
        return jdbc.sql("""
                        select d.* from document.issued_documents d
                        where d.organization_id = ? and d.source_type = ? and d.source_id = ?
                        """)
                .params(organizationId, sourceType, sourceId)
                .query(DocumentRegister::map)
                .optional();
    }

    private IssuedDocument issue(IssueDocument command, String signer) {
        var letterhead = organizations.letterhead(command.organizationId());
        if (letterhead.abbreviation() == null) {
            throw new BusinessRuleException("document.error.noAbbreviation");
        }
        var term = organizations
                .termOn(command.organizationId(), command.issuedOn())
                .orElseThrow(() -> new BusinessRuleException("document.error.noTerm"));
        if (types().stream().noneMatch(t -> t.code().equals(command.typeCode()))) {
            throw BusinessRuleException.atField("typeCode", "document.error.type");
        }
        int number = jdbc.sql("""
                        insert into document.sequences (organization_id, type_code, term_id, last_number)
                        values (?, ?, ?, 1)
                        on conflict (organization_id, type_code, term_id)
                        do update set last_number = document.sequences.last_number + 1
                        returning last_number
                        """)
                .params(command.organizationId(), command.typeCode(), term.id())
                .query(Integer.class)
                .single();
        // the register runs in the order of issue: a number is not dated before the one that precedes it (HD 36),
        // unless the user confirmed it
        if (!command.earlierDateConfirmed()) {
            jdbc.sql("""
                        select symbol, issued_on from document.issued_documents
                        where organization_id = ? and type_code = ? and term_id = ? and issued_on > ?
                        order by number desc limit 1
                        """)
                    .params(command.organizationId(), command.typeCode(), term.id(), command.issuedOn())
                    .query((rs, i) -> BusinessRuleException.atField(
                            "issuedOn",
                            "document.error.dateBeforeLast",
                            rs.getString(1),
                            DATE.format(rs.getObject(2, LocalDate.class)),
                            DATE.format(command.issuedOn())))
                    .optional()
                    .ifPresent(refusal -> {
                        throw refusal;
                    });
        }
        String symbol = symbol(number, command.typeCode(), letterhead.abbreviation());
        String issuedBy = SecurityContextHolder.getContext().getAuthentication() == null
                ? "system"
                : SecurityContextHolder.getContext().getAuthentication().getName();
        long id = jdbc.sql("""
                        insert into document.issued_documents (organization_id, term_id, type_code, number, symbol,
                            issued_on, title, source_type, source_id, issued_by, signer)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        command.organizationId(),
                        term.id(),
                        command.typeCode(),
                        number,
                        symbol,
                        command.issuedOn(),
                        command.title(),
                        command.sourceType(),
                        MANUAL.equals(command.sourceType()) ? null : command.sourceId(),
                        issuedBy,
                        signer)
                .query(Long.class)
                .single();
        var issued = new IssuedDocument(
                id,
                command.organizationId(),
                null,
                command.typeCode(),
                number,
                symbol,
                command.issuedOn(),
                command.title(),
                command.sourceType(),
                command.sourceId(),
                issuedBy,
                signer);
        events.publishEvent(DataChanged.created("IssuedDocument", id, issued));
        return issued;
    }

    /** "05-KH/TU": the number with at least two digits, the type code, the issuing body's abbreviation. */
    static String symbol(int number, String typeCode, String abbreviation) {
        return String.format("%02d-%s/%s", number, typeCode, abbreviation);
    }

    /** The register of one organisation in the caller's scope, newest first. */
    public Paged<IssuedDocument> register(RegisterQuery query, Scope scope) {
        requireReadable(query.organizationId(), scope);
        var where = new StringBuilder(" where d.organization_id = ?");
        var params = new ArrayList<Object>(List.of(query.organizationId()));
        filter(query, where, params);
        long total = jdbc.sql("select count(*) from document.issued_documents d" + where)
                .params(params)
                .query(Long.class)
                .single();
        var pageParams = new ArrayList<>(params);
        pageParams.add(query.page().size());
        pageParams.add(query.page().offset());
        var rows = jdbc.sql("select d.* from document.issued_documents d" + where
                        + " order by d.issued_on desc, d.id desc limit ? offset ?")
                .params(pageParams)
                .query(DocumentRegister::map)
                .list();
        return Paged.of(withNames(rows), query.page().number(), query.page().size(), total);
    }

    /** Whether the caller may export registers ({@link Capability#EXPORT_REGISTER}). */
    public boolean canExport(long organizationId, Scope scope) {
        return organizations.allows(scope, organizationId, Capability.EXPORT_REGISTER);
    }

    /** Refuses an export the caller may not take (403), or of an organisation it does not read (404). */
    public void requireExport(RegisterQuery query, Scope scope) {
        organizations.requireExport(
                scope, query.organizationId(), Capability.EXPORT_REGISTER, "document.error.exportNotAllowed");
    }

    /**
     * The whole filtered register as XLSX (Sổ đăng ký văn bản đi), for those holding {@link
     * Capability#EXPORT_REGISTER} over the organisation; logged with its size.
     */
    public void exportXlsx(RegisterQuery query, Scope scope, OutputStream out) throws IOException {
        requireExport(query, scope);
        var where = new StringBuilder(" where d.organization_id = ?");
        var params = new ArrayList<Object>(List.of(query.organizationId()));
        filter(query, where, params);
        var typeNames = new java.util.HashMap<String, String>();
        types().forEach(t -> typeNames.put(t.code(), t.nameVi()));
        try (var workbook = new SXSSFWorkbook(100)) {
            write(workbook, where, params, typeNames, query, out);
        }
    }

    private void write(
            SXSSFWorkbook workbook,
            StringBuilder where,
            List<Object> params,
            Map<String, String> typeNames,
            RegisterQuery query,
            OutputStream out)
            throws IOException {
        try {
            var sheet = workbook.createSheet("Sổ văn bản đi");
            var bold = workbook.createFont();
            bold.setBold(true);
            var headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            String[] headers = {"Số, ký hiệu", "Ngày ban hành", "Loại văn bản", "Trích yếu", "Người đăng ký"};
            var header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                var cell = header.createCell(i);
                cell.setCellValue(headers[i]);
                cell.setCellStyle(headerStyle);
                sheet.setColumnWidth(i, (i == 3 ? 70 : 18) * 256);
            }
            int[] next = {1};
            try (var rows = jdbc
                    .sql("select d.* from document.issued_documents d" + where + " order by d.issued_on, d.id")
                    .params(params)
                    .query(DocumentRegister::map)
                    .stream()) {
                rows.forEach(d -> {
                    var row = sheet.createRow(next[0]++);
                    row.createCell(0).setCellValue(d.symbol());
                    row.createCell(1).setCellValue(DATE.format(d.issuedOn()));
                    row.createCell(2).setCellValue(typeNames.getOrDefault(d.typeCode(), d.typeCode()));
                    row.createCell(3).setCellValue(d.title());
                    row.createCell(4).setCellValue(actorNames.nameOf(d.issuedBy()));
                });
            }
            events.publishEvent(new SensitiveDataAccessed(
                    "IssuedDocument",
                    null,
                    SensitiveDataAccessed.Access.EXPORT,
                    "organization=" + query.organizationId() + " rows=" + (next[0] - 1) + " query=" + query));
            workbook.write(out);
        } finally {
            // the rows still in memory go to the sheet's temporary file before POI closes it: closing first logs
            // "Failed to dispose sheet … Stream closed" whenever the workbook was not written
            workbook.dispose();
        }
    }

    private static void filter(RegisterQuery query, StringBuilder where, List<Object> params) {
        if (query.typeCode() != null) {
            where.append(" and d.type_code = ?");
            params.add(query.typeCode());
        }
        if (query.year() != null) {
            where.append(" and d.issued_on >= ? and d.issued_on < ?");
            params.add(LocalDate.of(query.year(), 1, 1));
            params.add(LocalDate.of(query.year() + 1, 1, 1));
        }
        if (query.text() != null) {
            where.append(" and (public.search_text(d.title) like '%' || public.search_text(?) || '%' or d.symbol = ?)");
            params.add(query.text());
            params.add(query.text());
        }
    }

    /** The register is read by those who read the committee ({@link Capability#READ}), not by the portal's editor. */
    private void requireReadable(long organizationId, Scope scope) {
        if (!organizations.isWithin(organizationId, scope.rootsFor(Capability.READ))) {
            events.publishEvent(new AccessDenied("Organization", String.valueOf(organizationId), "out of scope"));
            throw new NotFoundException("Organization", organizationId);
        }
    }

    private List<IssuedDocument> withNames(List<IssuedDocument> rows) {
        Map<Long, String> names = organizations.names(
                rows.stream().map(IssuedDocument::organizationId).toList());
        return rows.stream()
                .map(d -> new IssuedDocument(
                        d.id(),
                        d.organizationId(),
                        names.get(d.organizationId()),
                        d.typeCode(),
                        d.number(),
                        d.symbol(),
                        d.issuedOn(),
                        d.title(),
                        d.sourceType(),
                        d.sourceId(),
                        d.issuedBy(),
                        d.signer()))
                .toList();
    }

    private static IssuedDocument map(ResultSet rs, int row) throws SQLException {
        return new IssuedDocument(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                null,
                rs.getString("type_code"),
                rs.getInt("number"),
                rs.getString("symbol"),
                rs.getObject("issued_on", LocalDate.class),
                rs.getString("title"),
                rs.getString("source_type"),
                rs.getLong("source_id"),
                rs.getString("issued_by"),
                rs.getString("signer"));
    }
}
