-- One annual round per committee and year: a second one would rate the same members twice.
create unique index rounds_one_annual on evaluation.rounds (organization_id, year) where kind = 'ANNUAL';
-- A member's own evaluations, and a round's progress by status.
create index evaluations_person on evaluation.evaluations (person_id) where person_id is not null;
create index evaluations_status on evaluation.evaluations (round_id, status);
-- A person's nominations and commendations (their record, the rule on repeated awards).
create index nominations_person on recognition.nominations (person_id) where person_id is not null;
create index commendations_person on recognition.commendations (person_id) where person_id is not null;
