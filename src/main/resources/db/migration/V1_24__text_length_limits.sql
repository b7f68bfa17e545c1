-- Every text a person types has a bound, the same as the forms' and commands' @Size (shared.TextLimits): a name,
-- title, user name or file name at most 500 characters, any other text at most 20,000 (a directive's content, an
-- achievement, a note). Until now the columns were unbounded `text` and a 100,000-character summary was stored.
-- Generated columns (search keys) and the audit trail (which fits what it records itself) are left as they are.
do $$
declare
    c record;
    bound int;
begin
    for c in
        select table_schema, table_name, column_name
        from information_schema.columns
        where data_type = 'text'
          and is_generated = 'NEVER'
          and table_schema in ('organization', 'people', 'identity', 'document', 'programme', 'directive',
                               'commitment', 'initiative', 'evaluation', 'recognition', 'notification')
          and table_name in (select table_name from information_schema.tables t
                             where t.table_schema = columns.table_schema and t.table_type = 'BASE TABLE')
        order by table_schema, table_name, ordinal_position
    loop
        bound := case
            when c.column_name in ('name', 'title', 'full_name', 'file_name', 'username', 'display_name', 'name_vi',
                                   'name_en', 'signer', 'symbol', 'short_name')
                then 500
            else 20000
        end;
        execute format('alter table %I.%I add constraint %I check (char_length(%I) <= %s)',
                       c.table_schema, c.table_name,
                       left(c.table_name || '_' || c.column_name, 55) || '_length',
                       c.column_name, bound);
    end loop;
end
$$;
