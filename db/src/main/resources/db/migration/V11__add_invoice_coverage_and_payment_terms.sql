-- Billing, second step. An invoice drafted for warranty or contract work says why the customer is not
-- charged (coverage), so the office can find those drafts; the company's payment terms give the due date
-- at issue; lists, the export and aging read invoices by issue and due date.

alter table invoice add column coverage varchar(20);
alter table invoice add constraint invoice_coverage_check check (coverage is null or coverage in ('WARRANTY', 'CONTRACT'));

alter table company add column payment_terms_days integer default 30 not null;
alter table company add constraint company_payment_terms_check check (payment_terms_days between 0 and 365);

create index invoice_issued_idx on invoice (issued_at);
create index invoice_status_due_idx on invoice (status, due_at);
create index invoice_credited_idx on invoice (credited_invoice_id);
