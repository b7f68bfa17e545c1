-- Every organisation in the subtree of "parent" with the unit directly under "parent" that it belongs to (the parent
-- itself stands for itself). Lists above the cell level group their facts by these units in one pass:
--   ... join organization.units_under(:parent) u on u.organization_id = t.organization_id group by u.unit_id
create or replace function organization.units_under(parent bigint)
    returns table (unit_id bigint, organization_id bigint)
    language sql stable parallel safe
as $$
    select coalesce(c.id, p.id), o.id
    from organization.organizations p
    join organization.organizations o on o.path <@ p.path
    left join organization.organizations c on c.parent_id = p.id and o.path <@ c.path
    where p.id = parent
$$;
