-- A person may choose a daily digest instead of one mail per event (MailPreferences); without a row, one per event.
-- Their deliveries are then HELD until the digest gathers them (DIGESTED), in a delivery of a digest notification.
create table mail_preference (
    user_id varchar(255) not null,
    daily_digest boolean not null,
    chosen_at timestamp(6) with time zone not null,
    constraint mail_preference_pkey primary key (user_id)
);

alter table mail_delivery alter column status set data type
    enum('DIGESTED', 'FAILED', 'HELD', 'KEPT', 'PENDING', 'SENDING', 'SENT');
alter table mail_delivery add column digest_notification_id bigint;
alter table mail_delivery add constraint mail_delivery_digest foreign key (digest_notification_id)
    references notification (id);
-- what each person has held, for the daily digest
create index mail_delivery_person on mail_delivery (user_id, status);
