-- Email from the outbox: one delivery per person a notification goes to, written in the step's transaction and sent
-- afterwards by MailOutbox. The key (notification, person) is unique so nobody gets a notification twice.
create sequence mail_delivery_seq start with 1 increment by 50;

create table mail_delivery (
    id bigint not null,
    notification_id bigint not null,
    user_id varchar(255) not null,
    address varchar(255) not null,
    idempotency_key varchar(400) not null,
    message_id varchar(255) not null,
    status varchar(255) not null,
    attempts integer not null,
    next_attempt_at timestamp(6) with time zone,
    last_error varchar(500),
    sent_at timestamp(6) with time zone,
    version bigint not null,
    constraint mail_delivery_pkey primary key (id),
    constraint mail_delivery_key unique (idempotency_key),
    constraint mail_delivery_notification foreign key (notification_id) references notification (id)
);

create index mail_delivery_due on mail_delivery (status, next_attempt_at);
