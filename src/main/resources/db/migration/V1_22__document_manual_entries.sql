-- The register also takes documents drafted elsewhere (entered by hand, with their signer), and documents that belong
-- to a record of another module per issuing organisation (a round's rating list of one committee).
alter table document.issued_documents add column signer text;
alter table document.issued_documents alter column source_id drop not null;
alter table document.issued_documents drop constraint issued_documents_source_type_source_id_key;
alter table document.issued_documents
    add constraint issued_documents_source unique (source_type, source_id, organization_id);
