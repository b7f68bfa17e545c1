create schema audit;

create table audit.entries (
    id          bigint primary key generated always as identity,
    occurred_at timestamptz not null default now(),
    actor       text,
    account_id  bigint,
    action      text not null,
    entity_type text,
    entity_id   text,
    before      jsonb,
    after       jsonb,
    detail      text,
    client_ip   text
);
create index audit_entries_time on audit.entries (occurred_at desc);
create index audit_entries_entity on audit.entries (entity_type, entity_id);
create index audit_entries_actor on audit.entries (actor, occurred_at desc);

-- Append-only: the trail can be added to, never changed or removed.
create or replace function audit.reject_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit.entries is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger entries_append_only before update or delete on audit.entries
    for each row execute function audit.reject_change();
create trigger entries_no_truncate before truncate on audit.entries
    for each statement execute function audit.reject_change();
