-- kyodo schema, part 28: the paperwork of a subsidy or consignment counted as a burden (#13). A program with paperwork
-- hours keeps a linked request (依頼等, kind 協力依頼) to the organizations of its eligible kinds, which the burden ledger,
-- the review and the dashboard count like any other (docs/support.md, "Paperwork as a burden").
alter table support_program add column request_id bigint references city_request (id) on delete set null;
create index ix_support_program_request on support_program (request_id);
