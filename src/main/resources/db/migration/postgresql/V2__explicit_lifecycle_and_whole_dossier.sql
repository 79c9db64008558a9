-- The explicit lifecycle: approval, cancellation and periodic review are statuses of their own, and every
-- transition is kept with who made it and why.
alter table proposal drop constraint proposal_status_check;
alter table proposal add constraint proposal_status_check
    check (status in ('IN_PROGRESS', 'APPROVED', 'DECLINED', 'WITHDRAWN', 'CANCELLED', 'PUBLISHED', 'UNDER_REVIEW',
                      'RETIRED'));

create sequence proposal_transition_seq start with 1 increment by 50;

create table proposal_transition (
    id bigint not null,
    proposal_id bigint,
    transition varchar(40) not null,
    from_status varchar(20),
    to_status varchar(20) not null,
    stage varchar(255),
    actor varchar(255),
    reason varchar(4000),
    happened_at timestamp(6) with time zone not null,
    constraint proposal_transition_pkey primary key (id),
    constraint fkqoxc872hgunu0s7h0bs92y0fh foreign key (proposal_id) references proposal (id),
    constraint proposal_transition_from_status_check
        check (from_status in ('IN_PROGRESS', 'APPROVED', 'DECLINED', 'WITHDRAWN', 'CANCELLED', 'PUBLISHED',
                               'UNDER_REVIEW', 'RETIRED')),
    constraint proposal_transition_to_status_check
        check (to_status in ('IN_PROGRESS', 'APPROVED', 'DECLINED', 'WITHDRAWN', 'CANCELLED', 'PUBLISHED',
                             'UNDER_REVIEW', 'RETIRED')),
    constraint proposal_transition_transition_check
        check (transition in ('SUBMITTED', 'STEP_REACHED', 'RETURNED_FOR_REVISION', 'REVISED', 'DECIDED',
                              'ADVISORY_TEAM_FORMED', 'FULL_PROPOSAL_WRITTEN', 'WITHDRAWN_BY_AUTHOR',
                              'CANCELLED_BY_ADMINISTRATOR', 'DECLINED_AT_STAGE', 'APPROVED_BY_BOARD',
                              'PUBLISHED_WITH_BADGE', 'REVIEW_OPENED', 'REVISED_AFTER_REVIEW',
                              'NEXT_REVIEW_SCHEDULED', 'REVIEW_CANCELLED', 'RETIRED_AFTER_REVIEW'))
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
