-- A process administrator moves running proposals to another version of their diagram (migration/ProcessMigration):
-- the record keeps it as a transition of its own.
alter table proposal_transition alter column transition set data type
    enum('ADVISORY_TEAM_FORMED', 'APPROVED_BY_BOARD', 'CANCELLED_BY_ADMINISTRATOR', 'DECIDED',
         'DECLINED_AT_STAGE', 'FULL_PROPOSAL_WRITTEN', 'MIGRATED_TO_VERSION', 'NEXT_REVIEW_SCHEDULED',
         'PUBLISHED_WITH_BADGE', 'RETIRED_AFTER_REVIEW', 'RETURNED_FOR_REVISION', 'REVIEW_CANCELLED', 'REVIEW_OPENED',
         'REVISED', 'REVISED_AFTER_REVIEW', 'STEP_REACHED', 'SUBMITTED', 'WITHDRAWN_BY_AUTHOR');
alter table proposal_transition alter column transition set not null;
