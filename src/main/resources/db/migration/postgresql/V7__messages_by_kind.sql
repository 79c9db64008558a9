-- Each notification is a kind of message with its own templates, which show the facts kept with it: the stage, the
-- decision and its reason, and the task it is about (a link to it in Tasklist) with its due date. Notifications
-- written before this keep their subject and text and are sent as the message of a step reached.
alter table notification add column kind varchar(255);
update notification set kind = 'STEP_REACHED';
alter table notification alter column kind set not null;
alter table notification add column stage varchar(255);
alter table notification add column decision varchar(255);
alter table notification add column reason varchar(4000);
alter table notification add column task_id varchar(64);
alter table notification add column due_at timestamp(6) with time zone;
