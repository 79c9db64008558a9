-- The application's tables as release 0.1 left them (made there by Hibernate's ddl-auto), so a database made by
-- that release is baselined at this version and upgraded in place. Constraint names are Hibernate's own.

create sequence proposal_seq start with 1 increment by 50;
create sequence concept_revision_seq start with 1 increment by 50;
create sequence proposal_decision_seq start with 1 increment by 50;
create sequence notification_seq start with 1 increment by 50;

create table proposal (
    id bigint not null,
    reference varchar(255) not null,
    author varchar(255),
    status varchar(255),
    stage varchar(255),
    submitted_at timestamp(6) with time zone,
    advisory_team varchar(1000),
    advisory_team_lead varchar(255),
    resource_request varchar(4000),
    development_plan varchar(8000),
    resource_plan varchar(4000),
    badge_description varchar(4000),
    badge_criteria varchar(4000),
    published_at timestamp(6) with time zone,
    version bigint not null,
    constraint proposal_pkey primary key (id),
    constraint ukkt8moxofs3itg4ls74by42msn unique (reference),
    constraint proposal_status_check
        check (status in ('IN_PROGRESS', 'DECLINED', 'WITHDRAWN', 'PUBLISHED', 'RETIRED'))
);

create table concept_revision (
    id bigint not null,
    proposal_id bigint,
    revision integer not null,
    submitted_at timestamp(6) with time zone,
    submitted_by varchar(255),
    title varchar(255),
    program_area varchar(255),
    program_type varchar(255),
    existing_program varchar(255),
    purpose varchar(4000),
    target_audience varchar(4000),
    evidence_of_demand varchar(4000),
    similar_credentials varchar(4000),
    impact_on_existing_programs varchar(4000),
    education_plan_alignment varchar(4000),
    learning_outcomes varchar(4000),
    summative_assessment varchar(4000),
    instructional_hours integer,
    duration_weeks integer,
    delivery_mode varchar(255),
    facilitation_model varchar(255),
    industry_partner varchar(255),
    partner_endorses boolean not null,
    stackable boolean not null,
    pathway varchar(255),
    resources_needed varchar(4000),
    proposed_launch varchar(255),
    review_frequency_months integer,
    problems varchar(4000),
    constraint concept_revision_pkey primary key (id),
    constraint fkp5bwa2lnrfxwum5usp9yke6p foreign key (proposal_id) references proposal (id),
    constraint concept_revision_program_type_check check (program_type in ('NEW', 'CONVERSION'))
);

create table concept_competency (
    concept_id bigint not null,
    position integer not null,
    name varchar(500),
    esco_uri varchar(500),
    constraint concept_competency_pkey primary key (concept_id, position),
    constraint fkkqkx2fc6go98qcwqrsh2euuh9 foreign key (concept_id) references concept_revision (id)
);

create table concept_assessment_method (
    concept_id bigint not null,
    position integer not null,
    method varchar(255),
    constraint concept_assessment_method_pkey primary key (concept_id, position),
    constraint fk1voehqddhv6qv0vli6cqhlya3 foreign key (concept_id) references concept_revision (id)
);

create table proposal_decision (
    id bigint not null,
    proposal_id bigint,
    revision integer not null,
    stage varchar(255),
    stage_name varchar(255),
    outcome varchar(255),
    reason varchar(4000),
    details varchar(8000),
    decided_by varchar(255),
    decided_at timestamp(6) with time zone,
    constraint proposal_decision_pkey primary key (id),
    constraint fkgvnmyvamo0hs6q7cd0u3meb7x foreign key (proposal_id) references proposal (id)
);

create table reference_counter (
    reference_year integer not null,
    last_number integer not null,
    constraint reference_counter_pkey primary key (reference_year)
);

create table notification (
    id bigint not null,
    proposal_reference varchar(255),
    recipients varchar(1000),
    subject varchar(255),
    body varchar(4000),
    created_at timestamp(6) with time zone,
    constraint notification_pkey primary key (id)
);
