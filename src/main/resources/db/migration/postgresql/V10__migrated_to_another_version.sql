-- A process administrator moves running proposals to another version of their diagram (migration/ProcessMigration):
-- the record keeps it as a transition of its own.
alter table proposal_transition drop constraint proposal_transition_transition_check;
alter table proposal_transition add constraint proposal_transition_transition_check
    check (transition in ('SUBMITTED', 'STEP_REACHED', 'RETURNED_FOR_REVISION', 'REVISED', 'DECIDED',
                          'ADVISORY_TEAM_FORMED', 'FULL_PROPOSAL_WRITTEN', 'WITHDRAWN_BY_AUTHOR',
                          'CANCELLED_BY_ADMINISTRATOR', 'DECLINED_AT_STAGE', 'APPROVED_BY_BOARD',
                          'PUBLISHED_WITH_BADGE', 'REVIEW_OPENED', 'REVISED_AFTER_REVIEW',
                          'NEXT_REVIEW_SCHEDULED', 'REVIEW_CANCELLED', 'RETIRED_AFTER_REVIEW', 'MIGRATED_TO_VERSION'));
