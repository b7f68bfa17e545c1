-- The import reads its file in one streaming pass into a staging table (COPY), checks it there, shows the officer
-- what will change, and writes everything with a few set-based statements once confirmed (issue 12).
alter table people.import_jobs drop constraint import_jobs_status_check;
alter table people.import_jobs add constraint import_jobs_status_check
    check (status in ('QUEUED', 'VALIDATING', 'READY', 'CONFIRMED', 'WRITING', 'DONE', 'REJECTED', 'FAILED',
                      'INTERRUPTED', 'CANCELLED'));
-- false: the uploader sees the changes first and confirms them (the web page); true: a valid file is written at once
-- unless it holds text converted from a legacy encoding (the API)
alter table people.import_jobs add column write_when_valid boolean not null default true;
alter table people.import_jobs add column error_count int not null default 0;
alter table people.import_jobs add column conversion_count int not null default 0;
alter table people.import_jobs drop column errors;

-- Every problem of a file, however many, by row and column (the job-level ones with row 0).
create table people.import_errors (
    job_id        bigint not null,
    row_no        int    not null,
    column_letter text,
    message_key   text   not null,
    args          jsonb  not null default '[]'
);
create index import_errors_job_row on people.import_errors (job_id, row_no);

-- The rows of a checked file, as they will be written: a blank cell already replaced by the value on record, the
-- clear marker by null; a new person's id already drawn from the people sequence. Deleted when the job is written,
-- cancelled or refused. Neither table refers to import_jobs by a foreign key: a check per staged row would cost more
-- than the COPY itself, and the import clears both tables by job.
create table people.import_rows (
    job_id               bigint not null,
    row_no               int    not null,
    action               text   not null check (action in ('CREATE', 'UPDATE', 'UNCHANGED', 'ONE_BY_ONE')),
    person_id            bigint,
    person_version       int,
    from_organization_id bigint,
    category             text,
    full_name            text,
    sort_key             text collate "C",
    gender               text,
    date_of_birth        date,
    national_id          text,
    party_card_number    text,
    party_joined_on      date,
    position             text,
    phone                text,
    email                text,
    organization_id      bigint,
    -- text converted from TCVN3/VNI, for the officer to confirm: [{"column":"A","from":"NguyÔn","encoding":"TCVN3"}]
    conversions          jsonb,
    primary key (job_id, row_no)
);
