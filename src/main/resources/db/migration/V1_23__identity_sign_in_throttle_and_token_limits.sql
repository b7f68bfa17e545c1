-- Sign-in throttling replaces the account lock (anyone could lock anyone out with five bad guesses): Bucket4j token
-- buckets per user name and client address, per address and per user name, kept here so every node agrees.
-- id: 'na:<sha-256 of the name>:<address>', 'a:<address>' or 'n:<sha-256 of the name>'; state: Bucket4j's own
-- serialised bucket; expires_at: epoch milliseconds after which the bucket is full again and the row can go.
create table identity.sign_in_buckets (
    id         text primary key,
    state      bytea,
    expires_at bigint
);
create index sign_in_buckets_expires_at on identity.sign_in_buckets (expires_at);

alter table identity.accounts
    drop column failed_attempts,
    drop column locked_until;

-- Personal access tokens: no token lives for ever (90 days at most by default) and a token may be read-only.
alter table identity.access_tokens add column read_only boolean not null default false;
update identity.access_tokens
set expires_at = created_at + interval '90 days'
where expires_at is null or expires_at > created_at + interval '90 days';
alter table identity.access_tokens alter column expires_at set not null;
