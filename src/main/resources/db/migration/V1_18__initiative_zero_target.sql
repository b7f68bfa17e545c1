-- A reduction target ("0 ý kiến không hài lòng") is a target of 0: reached when the latest value is 0.
alter table initiative.indicators drop constraint indicators_target_value_check;
alter table initiative.indicators add constraint indicators_target_value_check check (target_value >= 0);
