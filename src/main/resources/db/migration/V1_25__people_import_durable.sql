-- Imports run as durable db-scheduler tasks: the job keeps the scope it runs with (the uploader's grants when it was
-- queued or last run again) and how many times it was started; a job whose node died while it ran is INTERRUPTED,
-- keeps its file and can be run again.
alter table people.import_jobs add column scope jsonb;
alter table people.import_jobs add column attempts int not null default 1;
alter table people.import_jobs drop constraint import_jobs_status_check;
alter table people.import_jobs add constraint import_jobs_status_check
    check (status in ('QUEUED', 'VALIDATING', 'WRITING', 'DONE', 'REJECTED', 'FAILED', 'INTERRUPTED'));
