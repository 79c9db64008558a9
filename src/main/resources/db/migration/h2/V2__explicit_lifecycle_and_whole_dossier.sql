-- The explicit lifecycle: approval, cancellation and periodic review are statuses of their own, and every
-- transition is kept with who made it and why.
alter table proposal alter column status set data type enum('APPROVED', 'CANCELLED', 'DECLINED', 'IN_PROGRESS', 'PUBLISHED', 'RETIRED', 'UNDER_REVIEW', 'WITHDRAWN');

create sequence proposal_transition_seq start with 1 increment by 50;

create table proposal_transition (
    id bigint not null,
    proposal_id bigint,
    transition enum('ADVISORY_TEAM_FORMED', 'APPROVED_BY_BOARD', 'CANCELLED_BY_ADMINISTRATOR', 'DECIDED',
                    'DECLINED_AT_STAGE', 'FULL_PROPOSAL_WRITTEN', 'NEXT_REVIEW_SCHEDULED', 'PUBLISHED_WITH_BADGE',
                    'RETIRED_AFTER_REVIEW', 'RETURNED_FOR_REVISION', 'REVIEW_CANCELLED', 'REVIEW_OPENED', 'REVISED',
                    'REVISED_AFTER_REVIEW', 'STEP_REACHED', 'SUBMITTED', 'WITHDRAWN_BY_AUTHOR') not null,
    from_status enum('APPROVED', 'CANCELLED', 'DECLINED', 'IN_PROGRESS', 'PUBLISHED', 'RETIRED', 'UNDER_REVIEW', 'WITHDRAWN'),
    to_status enum('APPROVED', 'CANCELLED', 'DECLINED', 'IN_PROGRESS', 'PUBLISHED', 'RETIRED', 'UNDER_REVIEW', 'WITHDRAWN') not null,
    stage varchar(255),
    actor varchar(255),
    reason varchar(4000),
    happened_at timestamp(6) with time zone not null,
    constraint proposal_transition_pkey primary key (id),
    constraint fkqoxc872hgunu0s7h0bs92y0fh foreign key (proposal_id) references proposal (id)
);

-- The whole dossier: the advisory team may revise the concept, and quality findings are kept per criterion with
-- the team's response.
alter table concept_revision add column revised_by_advisory_team boolean default false not null;

create table quality_finding (
    decision_id bigint not null,
    position integer not null,
    criterion varchar(255) not null,
    label varchar(255),
    finding varchar(4000),
    response varchar(4000),
    constraint quality_finding_pkey primary key (decision_id, position),
    constraint fka3hoky3w345emh9i4w6yrbby7 foreign key (decision_id) references proposal_decision (id)
);
