-- The register (register/): one row per proposal, what its pages search, filter and sort by, kept from the record's
-- events; the search index (Hibernate Search, Lucene) is built from these rows. Removed with the proposal's record.
create table register_entry (
    reference varchar(255) not null,
    title varchar(500),
    program_area varchar(500),
    competencies varchar(4000),
    learning_outcomes varchar(4000),
    purpose varchar(4000),
    industry_partner varchar(500),
    status varchar(20) not null,
    stage varchar(255),
    step varchar(255),
    awaiting varchar(1000),
    readers varchar(2000),
    submitted_at timestamp(6) with time zone,
    stage_since timestamp(6) with time zone,
    due_at timestamp(6) with time zone,
    updated_at timestamp(6) with time zone not null,
    constraint register_entry_pkey primary key (reference)
);

create index register_entry_updated_at on register_entry (updated_at);
