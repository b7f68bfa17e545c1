-- Each award form carries its family (which bounds, by law, the level that may grant it and the lowest rating: see
-- AwardCategory), its own minimum annual rating, its other conditions and the source of both. A movement may
-- tighten the minimum, never loosen it.
alter table recognition.award_forms
    add column category       text check (category in ('BANG_KHEN', 'GIAY_KHEN')),
    add column minimum_rating text not null default 'GOOD'
                                   check (minimum_rating in ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED')),
    add column conditions     text,
    add column source         text;

update recognition.award_forms
set category = case when entitled_level = 'PROVINCIAL' or name_vi ilike 'Bằng khen%' then 'BANG_KHEN'
                    else 'GIAY_KHEN' end;
alter table recognition.award_forms alter column category set not null;
-- a form the law's list does not let its level grant (a Giấy khen of a cell, a Bằng khen below the province) is kept
-- for past commendations but offered to no new nomination
update recognition.award_forms set active = false
where (category = 'BANG_KHEN' and entitled_level <> 'PROVINCIAL')
   or (category = 'GIAY_KHEN' and entitled_level not in ('UPPER_GRASSROOTS', 'GRASSROOTS'));

update recognition.award_forms
set minimum_rating = 'EXCELLENT',
    conditions = 'Đảng viên, tổ chức đảng được xếp loại Hoàn thành xuất sắc nhiệm vụ năm đề nghị; không bị kỷ luật'
                 || ' trong năm và cho đến khi quyết định; có thành tích xuất sắc được bình xét trong phong trào thi'
                 || ' đua.',
    source = 'Luật Thi đua, khen thưởng 06/2022/QH15 (Bằng khen cấp tỉnh; điều khoản cụ thể chưa đối chiếu văn bản'
             || ' chính thức); Quy định 132-QĐ/TW, Hướng dẫn 21-HD/BTCTW: chỉ xem xét khen thưởng đối với trường hợp'
             || ' xếp loại HTXSNV'
where category = 'BANG_KHEN';
update recognition.award_forms
set minimum_rating = 'GOOD',
    conditions = 'Được xếp loại Hoàn thành tốt nhiệm vụ trở lên năm đề nghị; không bị kỷ luật trong năm và cho đến'
                 || ' khi quyết định.',
    source = 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 80 (thẩm quyền tặng Giấy khen); mức HTTNV trở lên chưa'
             || ' đối chiếu văn bản chính thức'
where category = 'GIAY_KHEN';

-- One achievement is rewarded once, with one form, across every movement and level (Luật Thi đua, khen thưởng
-- 06/2022/QH15, Điều 6: "không khen thưởng nhiều lần, nhiều hình thức cho một thành tích"). The rule
-- (CommendationRules.achievementOnce) decides it from one lookup of the nominee's commendations and live nominations
-- of the year; this key guards it against two decisions taken at the same moment: a nominee's achievements of a year,
-- as written (case and spacing aside), are commended once.
alter table recognition.commendations
    add column achievement_key text generated always as
        (md5(lower(regexp_replace(btrim(achievements), '\s+', ' ', 'g')))) stored;
alter table recognition.commendations drop constraint commendations_nominee_key_movement_id_year_key;
create unique index commendations_one_achievement on recognition.commendations (nominee_key, year, achievement_key);
create index commendations_nominee_year on recognition.commendations (nominee_key, year);
drop index recognition.nominations_one_active;
create index nominations_nominee_year on recognition.nominations (nominee_key, year);
