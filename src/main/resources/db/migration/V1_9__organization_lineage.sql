-- Part of the organisation module's published SQL API: the ids of every ancestor of the given organisations (the
-- organisations themselves included). Programmes and directives set by a superior committee are visible below it.
create or replace function organization.ancestor_ids(ids bigint[]) returns setof bigint
    language sql stable parallel safe
as $$
    select distinct a.id
    from organization.organizations o
    join organization.organizations a on a.path @> o.path
    where o.id = any (ids)
$$;
