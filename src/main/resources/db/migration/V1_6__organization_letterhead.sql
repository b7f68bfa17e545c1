-- What party documents print in their header (Hướng dẫn 36-HD/VPTW): the committee's own name (tên cấp ủy, e.g.
-- "Thành ủy Cần Thơ" for "Đảng bộ thành phố Cần Thơ") and the place name of the date line ("Cần Thơ, ngày …").
alter table organization.organizations add column committee_name text;
alter table organization.organizations add column place text;
