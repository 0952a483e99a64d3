-- Files of drafts and nominations. The bytes live in the attachments directory under
-- storage_key; a row exists only for a file that was completely written and renamed into place.
create table attachment (
    id            uuid                     primary key,
    owner_kind    varchar(16)              not null,
    owner_id      varchar(64)              not null,
    purpose       varchar(16)              not null,
    original_name varchar(1000)            not null,
    file_name     varchar(255)             not null,
    media_type    varchar(255)             not null,
    size_bytes    bigint                   not null,
    sha256        varchar(64)              not null,
    storage_key   varchar(64)              not null unique,
    uploaded_by   varchar(100)             not null,
    uploaded_at   timestamp with time zone not null
);

create index ix_attachment_owner on attachment (owner_kind, owner_id);
