-- ボランティア募集の検索キー: title (200), activity (4000), place (200), conditions (2000) and the council's name
-- (200), folded and joined, can be longer than the 6000 characters V32 gave the column. Widened; the key is also cut
-- at the column's length in code (NFKC can lengthen text).
alter table volunteer_post alter column search_key set data type varchar(8000);
