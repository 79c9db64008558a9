-- Release 0.1 read the end of the non-interrupting reminder and escalation branches as the end of the process: a
-- proposal whose assessment was overdue shows DECLINED at "Assessors reminded" or "Assessment escalated" while its
-- "Assess concept" step is still open. Those two stages arise from nothing else, so such a proposal is back where it
-- really is.
update proposal
set status = 'IN_PROGRESS', stage = 'Assess concept'
where status = 'DECLINED' and stage in ('Assessors reminded', 'Assessment escalated');
