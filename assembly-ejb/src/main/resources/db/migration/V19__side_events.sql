-- Side events: the venue's rooms, the periods they cannot be booked, booking requests and the
-- events approved from them, the slots by which an approved event holds its room (no double
-- booking, guaranteed by the primary key), replies to join, and personal calendar feeds.
-- Times of events and blocks are the venue's local time (the Assembly's time_zone), to the minute.

CREATE TABLE room (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  session_id  BIGINT       NOT NULL,
  name        VARCHAR(80)  NOT NULL,
  capacity    INT          NOT NULL,
  -- PROJECTOR, MICROPHONES, VIDEO_CONFERENCE, WHITEBOARD, comma-separated.
  equipment   VARCHAR(200) NOT NULL DEFAULT '',
  -- Interpretation booths.
  booths      INT          NOT NULL DEFAULT 0,
  step_free   BOOLEAN      NOT NULL DEFAULT TRUE,
  version     BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_room_name UNIQUE (session_id, name),
  CONSTRAINT ck_room_capacity CHECK (capacity BETWEEN 1 AND 10000),
  CONSTRAINT ck_room_booths CHECK (booths BETWEEN 0 AND 50),
  CONSTRAINT fk_room_session FOREIGN KEY (session_id) REFERENCES assembly_session (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A period a room (or, room_id null, every room) cannot be booked: a plenary sitting, cleaning.
CREATE TABLE room_block (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  session_id  BIGINT       NOT NULL,
  room_id     BIGINT       NULL,
  starts_at   DATETIME     NOT NULL,
  ends_at     DATETIME     NOT NULL,
  reason      VARCHAR(200) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT ck_room_block_period CHECK (ends_at > starts_at),
  CONSTRAINT fk_room_block_session FOREIGN KEY (session_id) REFERENCES assembly_session (id),
  CONSTRAINT fk_room_block_room FOREIGN KEY (room_id) REFERENCES room (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A side event, from its request to its approval (or rejection, or withdrawal). room_id and the
-- period are what the organisers asked for until approved, then what was approved. A proposal by
-- the Secretariat (state PROPOSED) waits in the proposed_* columns for the organisers to accept.
-- parliament_id: the parliament that asked (its focal points may change the request); null when a
-- Secretariat organiser did. sequence: the iCal SEQUENCE, one more each time the event moves.
CREATE TABLE side_event (
  id                 BIGINT        NOT NULL AUTO_INCREMENT,
  session_id         BIGINT        NOT NULL,
  state              VARCHAR(10)   NOT NULL,
  parliament_id      BIGINT        NULL,
  requested_by       VARCHAR(100)  NOT NULL,
  requested_at       TIMESTAMP(3)  NOT NULL,
  open_event         BOOLEAN       NOT NULL,
  expected           INT           NOT NULL,
  -- Most who may join (null: as many as the room holds).
  places             INT           NULL,
  interpretation     BOOLEAN       NOT NULL,
  equipment          VARCHAR(200)  NOT NULL DEFAULT '',
  room_id            BIGINT        NOT NULL,
  starts_at          DATETIME      NOT NULL,
  ends_at            DATETIME      NOT NULL,
  proposed_room_id   BIGINT        NULL,
  proposed_starts_at DATETIME      NULL,
  proposed_ends_at   DATETIME      NULL,
  -- The Secretariat's reason for a rejection, or its note with a proposal.
  message            VARCHAR(2000) NULL,
  decided_at         TIMESTAMP(3)  NULL,
  decided_by         VARCHAR(100)  NULL,
  sequence           INT           NOT NULL DEFAULT 0,
  version            BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  INDEX ix_side_event_session (session_id, state, starts_at),
  CONSTRAINT ck_side_event_state CHECK (state IN ('PENDING', 'PROPOSED', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
  CONSTRAINT ck_side_event_period CHECK (ends_at > starts_at),
  CONSTRAINT ck_side_event_expected CHECK (expected BETWEEN 1 AND 10000),
  CONSTRAINT ck_side_event_places CHECK (places IS NULL OR places BETWEEN 1 AND 10000),
  CONSTRAINT fk_side_event_session FOREIGN KEY (session_id) REFERENCES assembly_session (id),
  CONSTRAINT fk_side_event_parliament FOREIGN KEY (parliament_id) REFERENCES parliament (id),
  CONSTRAINT fk_side_event_room FOREIGN KEY (room_id) REFERENCES room (id),
  CONSTRAINT fk_side_event_proposed_room FOREIGN KEY (proposed_room_id) REFERENCES room (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Its title and description in each language the organisers gave (the first is the original).
CREATE TABLE side_event_text (
  event_id    BIGINT        NOT NULL,
  position    INT           NOT NULL,
  language    CHAR(2)       NOT NULL,
  title       VARCHAR(200)  NOT NULL,
  description VARCHAR(4000) NOT NULL DEFAULT '',
  PRIMARY KEY (event_id, position),
  CONSTRAINT uq_side_event_text UNIQUE (event_id, language),
  CONSTRAINT fk_side_event_text FOREIGN KEY (event_id) REFERENCES side_event (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who organises it: parliaments and organisations by name, in the order given.
CREATE TABLE side_event_organiser (
  event_id      BIGINT       NOT NULL,
  position      INT          NOT NULL,
  parliament_id BIGINT       NULL,
  organisation  VARCHAR(200) NULL,
  PRIMARY KEY (event_id, position),
  CONSTRAINT ck_side_event_organiser CHECK ((parliament_id IS NULL) <> (organisation IS NULL)),
  CONSTRAINT fk_side_event_organiser FOREIGN KEY (event_id) REFERENCES side_event (id) ON DELETE CASCADE,
  CONSTRAINT fk_side_event_organiser_parliament FOREIGN KEY (parliament_id) REFERENCES parliament (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The delegations invited to a closed event (the organising parliaments see it anyway).
CREATE TABLE side_event_invitation (
  event_id      BIGINT NOT NULL,
  parliament_id BIGINT NOT NULL,
  PRIMARY KEY (event_id, parliament_id),
  CONSTRAINT fk_side_event_invitation FOREIGN KEY (event_id) REFERENCES side_event (id) ON DELETE CASCADE,
  CONSTRAINT fk_side_event_invitation_parliament FOREIGN KEY (parliament_id) REFERENCES parliament (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The slots (of side-events.slot-minutes) an approved event holds in its room. The primary key is
-- the guarantee against double booking: two approved events that overlap in a room would hold a
-- common slot, and the second insert fails, however many approve at the same moment.
CREATE TABLE room_slot (
  room_id   BIGINT   NOT NULL,
  starts_at DATETIME NOT NULL,
  event_id  BIGINT   NOT NULL,
  PRIMARY KEY (room_id, starts_at),
  INDEX ix_room_slot_event (event_id),
  CONSTRAINT fk_room_slot_room FOREIGN KEY (room_id) REFERENCES room (id),
  CONSTRAINT fk_room_slot_event FOREIGN KEY (event_id) REFERENCES side_event (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A person's reply to join an event. Who attends and who waits follows from the order of the ids
-- (first come, first served), so a withdrawal promotes the first waiting at once.
CREATE TABLE side_event_reply (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  event_id   BIGINT       NOT NULL,
  account_id BIGINT       NOT NULL,
  replied_at TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_side_event_reply UNIQUE (event_id, account_id),
  CONSTRAINT fk_side_event_reply_event FOREIGN KEY (event_id) REFERENCES side_event (id) ON DELETE CASCADE,
  CONSTRAINT fk_side_event_reply_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A person's calendar feed of the events they joined: the secret token in its address. Revoking
-- deletes the row; a new feed has a new token.
CREATE TABLE calendar_feed (
  account_id BIGINT       NOT NULL,
  token      VARCHAR(43)  NOT NULL,
  created_at TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (account_id),
  CONSTRAINT uq_calendar_feed_token UNIQUE (token),
  CONSTRAINT fk_calendar_feed_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
