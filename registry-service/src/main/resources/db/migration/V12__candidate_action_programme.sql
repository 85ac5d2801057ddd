-- C-3: a candidate's action programme (chương trình hành động) is made public with the official list, beside
-- the biography; it may be filed after the dossier, so it may be null.
alter table candidate add column action_programme text;
