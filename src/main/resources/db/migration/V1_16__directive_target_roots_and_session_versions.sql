-- A directive may be addressed to every organisation of a level class under one organisation of the issuer's subtree
-- ("mọi chi bộ trực thuộc Đảng bộ phường …"): target mode LEVEL_UNDER, with that organisation as target_root_id.
alter table directive.directives add column target_root_id bigint;

do $$
declare
    c record;
begin
    for c in select conname from pg_constraint
             where conrelid = 'directive.directives'::regclass and contype = 'c'
               and pg_get_constraintdef(oid) like '%target_mode%'
    loop
        execute format('alter table directive.directives drop constraint %I', c.conname);
    end loop;
end
$$;

alter table directive.directives
    add constraint directives_target_mode_check check (target_mode in ('CHOSEN', 'LEVEL', 'LEVEL_UNDER')),
    add constraint directives_target_level_given check ((target_mode in ('LEVEL', 'LEVEL_UNDER')) = (target_level is not null)),
    add constraint directives_target_root_given check ((target_mode = 'LEVEL_UNDER') = (target_root_id is not null));

-- A recorded session can be corrected by its target: optimistic locking and who corrected it last.
alter table directive.disseminations
    add column version    int not null default 0,
    add column updated_at timestamptz,
    add column updated_by text;
