-- Extensions every module relies on: ltree (organisation paths), unaccent and pg_trgm (diacritics-insensitive search).
create extension if not exists ltree;
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE; this wrapper pins the dictionary so it can back generated columns and indexes.
-- unaccent('Nguyễn Văn Đức') = 'Nguyen Van Duc'.
create or replace function public.search_text(value text) returns text
    language sql immutable parallel safe strict
as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;
