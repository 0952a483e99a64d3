-- A nominee's nomination before it is submitted: every field optional until submission.
create table nomination_draft (
    id                   uuid                     primary key,
    owner                varchar(100)             not null,
    programme_code       varchar(20),
    edition_number       int,
    branch_code          varchar(20),
    entity_name          varchar(300),
    entity_type          varchar(30),
    title                varchar(300),
    summary              varchar(4000),
    service_url          varchar(1000),
    -- Partner entities of a joint (G2G) nomination, one per line.
    partner_entities     varchar(3100),
    -- Set once submitted; the draft then answers a retried submit with the same nomination.
    nomination_reference varchar(40),
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    version              bigint                   not null
);

create index ix_nomination_draft_owner on nomination_draft (owner);

-- Idempotency keys of submissions: a retried submit with the same key gets the same nomination.
create table submission_key (
    owner                varchar(100)             not null,
    idempotency_key      varchar(200)             not null,
    request_hash         varchar(64)              not null,
    nomination_reference varchar(40),
    created_at           timestamp with time zone not null,
    primary key (owner, idempotency_key)
);
