-- A scheduled sweep that must not run on two nodes at once (reminders and escalations of decision steps) takes its
-- row here first (ShedLock, process/ScheduledOnOneNode); another node finding it taken skips that run.
create table shedlock (
    name varchar(64) not null,
    lock_until timestamp(3) with time zone not null,
    locked_at timestamp(3) with time zone not null,
    locked_by varchar(255) not null,
    constraint shedlock_pkey primary key (name)
);
