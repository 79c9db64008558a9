-- A proposal's revisions, decisions and transitions are read by its id whenever its record is loaded (its page, My
-- proposals, every step's listeners); without these each read scans the whole table, which grows with every
-- proposal (docs/performance.md).
create index concept_revision_of_proposal on concept_revision (proposal_id);
create index proposal_decision_of_proposal on proposal_decision (proposal_id);
create index proposal_transition_of_proposal on proposal_transition (proposal_id);
