-- Each revision, decision and transition is sealed into its proposal's hash chain as it is written: its position in
-- the chain and the SHA-256 of its content with the hash before it (proposal/ChainedRecord). Rows written before
-- this keep both empty: they are "before the chain", and verification starts each chain at its first sealed row
-- (docs/auditors.md).
alter table concept_revision add column chain_position integer;
alter table concept_revision add column record_hash varchar(64);
alter table proposal_decision add column chain_position integer;
alter table proposal_decision add column record_hash varchar(64);
alter table proposal_transition add column chain_position integer;
alter table proposal_transition add column record_hash varchar(64);
