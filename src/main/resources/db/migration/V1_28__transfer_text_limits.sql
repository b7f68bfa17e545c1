-- The transfers table came after the text bounds of V1_24 (names at most 500 characters, as shared.TextLimits).
alter table people.transfers
    add constraint transfers_provisional_name_length check (char_length(provisional_name) <= 500);
