-- The note kept when a proposal's record and history were removed together at the end of the retention period
-- (retention/RecordRetention, docs/administrators.md "Retention"): no content, no people.
create sequence removed_proposal_record_seq start with 1 increment by 50;

create table removed_proposal_record (
    id bigint not null,
    reference varchar(255) not null,
    ended_as enum('APPROVED', 'CANCELLED', 'DECLINED', 'IN_PROGRESS', 'PUBLISHED', 'RETIRED', 'UNDER_REVIEW', 'WITHDRAWN') not null,
    ended_at timestamp(6) with time zone not null,
    removed_at timestamp(6) with time zone not null,
    process_instances integer not null,
    chain_length integer not null,
    chain_head varchar(64),
    constraint removed_proposal_record_pkey primary key (id)
);
