-- The public catalogue of approved micro-credentials (catalogue/): one entry per published credential, kept from the
-- record's events, with its competencies and what each periodic review changed. Its search index is Lucene's
-- (Hibernate Search), rebuilt from these tables at start.
create sequence catalogue_entry_seq start with 1 increment by 50;

create table catalogue_entry (
    id bigint not null,
    version bigint not null,
    reference varchar(255) not null,
    title varchar(255),
    description varchar(4000),
    program_area varchar(255),
    learning_outcomes varchar(4000),
    summative_assessment varchar(4000),
    assessment_methods varchar(255),
    criteria varchar(4000),
    instructional_hours integer,
    duration_weeks integer,
    delivery_mode varchar(255),
    facilitation_model varchar(255),
    industry_partner varchar(255),
    stackable boolean not null,
    pathway varchar(255),
    launch varchar(255),
    eqf_level integer,
    notional_workload_hours integer,
    prerequisites varchar(4000),
    assessment_supervision varchar(255),
    further_information varchar(4000),
    published_at timestamp(6) with time zone,
    next_review_on date,
    retired boolean not null,
    retired_at timestamp(6) with time zone,
    retired_because varchar(4000),
    constraint catalogue_entry_pkey primary key (id),
    constraint catalogue_entry_reference_key unique (reference)
);

create table catalogue_competency (
    entry_id bigint not null,
    position integer not null,
    name varchar(500),
    esco_uri varchar(500),
    constraint catalogue_competency_pkey primary key (entry_id, position),
    constraint catalogue_competency_entry_fkey foreign key (entry_id) references catalogue_entry (id)
);

create table catalogue_change (
    entry_id bigint not null,
    position integer not null,
    changed_at timestamp(6) with time zone,
    changes varchar(4000),
    constraint catalogue_change_pkey primary key (entry_id, position),
    constraint catalogue_change_entry_fkey foreign key (entry_id) references catalogue_entry (id)
);

-- The EU's standard elements the advisory team gives in the full proposal (writeFullProposal.form), which the concept
-- does not already give
alter table proposal add column eqf_level integer;
alter table proposal add column notional_workload_hours integer;
alter table proposal add column prerequisites varchar(4000);
alter table proposal add column assessment_supervision varchar(255);
alter table proposal add column further_information varchar(4000);
