-- Documents attached to a proposal (docs/security.md, "Documents"): the content is kept with the record, in the same
-- database and transaction; media_type is what the bytes are, not what the browser or the name said. Lists select
-- every column but content.
create sequence proposal_document_seq start with 1 increment by 50;

create table proposal_document (
    id bigint not null,
    proposal_reference varchar(255) not null,
    file_name varchar(255) not null,
    media_type varchar(255) not null,
    size_bytes bigint not null,
    content blob not null,
    description varchar(500),
    added_by varchar(255) not null,
    added_at timestamp(6) with time zone not null,
    constraint proposal_document_pkey primary key (id),
    constraint proposal_document_proposal foreign key (proposal_reference) references proposal (reference)
);

create index proposal_document_of_proposal on proposal_document (proposal_reference, added_at);
