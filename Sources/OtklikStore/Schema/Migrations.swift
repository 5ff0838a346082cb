import OtklikCore
/// The schema's history. Append new migrations; never edit an applied one.
enum Migrations {
    static let all: [Migration] = [
        Migration(
            version: 1, name: "spine",
            statements: [
                """
                CREATE TABLE municipalities (id TEXT PRIMARY KEY, name TEXT NOT NULL,
                  lat DOUBLE PRECISION, lon DOUBLE PRECISION, population BIGINT)
                """,
                """
                CREATE TABLE bodies (id TEXT PRIMARY KEY, name TEXT NOT NULL,
                  municipality_id TEXT REFERENCES municipalities(id), block_ids TEXT NOT NULL)
                """,
                "CREATE TABLE topic_blocks (id TEXT PRIMARY KEY, name TEXT NOT NULL, position BIGINT NOT NULL)",
                """
                CREATE TABLE topics (id TEXT PRIMARY KEY, block_id TEXT NOT NULL REFERENCES topic_blocks(id),
                  name TEXT NOT NULL, position BIGINT NOT NULL)
                """,
                """
                CREATE TABLE users (id TEXT PRIMARY KEY, login TEXT NOT NULL UNIQUE, name TEXT NOT NULL, role TEXT NOT NULL,
                  body_id TEXT REFERENCES bodies(id), block_ids TEXT NOT NULL, password_hash TEXT NOT NULL, created_at BIGINT NOT NULL)
                """,
                "CREATE TABLE tokens (token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id), expires_at BIGINT NOT NULL)",
                "CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)",
                """
                CREATE TABLE appeals (id TEXT PRIMARY KEY, number TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, channel TEXT NOT NULL,
                  external_id TEXT, received_at BIGINT NOT NULL, status TEXT NOT NULL, municipality_id TEXT, block_id TEXT,
                  topic_id TEXT, body_id TEXT, executor_id TEXT, due_at BIGINT, search_text TEXT NOT NULL,
                  version BIGINT NOT NULL, updated_at BIGINT NOT NULL, doc TEXT NOT NULL)
                """,
                "CREATE UNIQUE INDEX appeals_channel_external ON appeals (channel, external_id)",
                "CREATE INDEX appeals_order ON appeals (received_at, id)",
                "CREATE INDEX appeals_body ON appeals (body_id, received_at, id)",
                "CREATE INDEX appeals_block ON appeals (block_id, received_at, id)",
                "CREATE INDEX appeals_status ON appeals (status, received_at, id)",
                """
                CREATE TABLE events (seq BIGINT PRIMARY KEY, appeal_id TEXT NOT NULL, at BIGINT NOT NULL, actor_id TEXT NOT NULL,
                  type TEXT NOT NULL, payload TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)
                """,
                "CREATE INDEX events_appeal ON events (appeal_id, seq)",
            ]
        ),
        Migration(
            version: 2, name: "term-alerts",
            statements: [
                """
                CREATE TABLE notifications (id TEXT PRIMARY KEY, appeal_id TEXT NOT NULL, kind TEXT NOT NULL, due_at BIGINT NOT NULL,
                  recipient TEXT NOT NULL, text TEXT NOT NULL, created_at BIGINT NOT NULL, read_at BIGINT)
                """,
                // Each alert once, across restarts and server processes.
                "CREATE UNIQUE INDEX notifications_once ON notifications (appeal_id, kind, due_at, recipient)",
                "CREATE INDEX notifications_recipient ON notifications (recipient, created_at)",
                "CREATE INDEX appeals_due ON appeals (due_at)",
            ]
        ),
        Migration(
            version: 3, name: "calendar-years",
            statements: [
                // Years of the production calendar loaded by an administrator, in `ProductionCalendarText` form.
                """
                CREATE TABLE calendar_years (year BIGINT PRIMARY KEY, text TEXT NOT NULL, loaded_at BIGINT NOT NULL,
                  loaded_by TEXT NOT NULL)
                """
            ]
        ),
        Migration(
            version: 4, name: "open-terms",
            statements: [
                // The term of items whose term runs (`AppealRows.openDue`); nil for the rest of the history.
                "ALTER TABLE appeals ADD COLUMN open_due_at BIGINT",
                "UPDATE appeals SET open_due_at = due_at WHERE status IN ("
                    + AppealStatus.allCases.filter(\.termRuns).map { "'\($0.rawValue)'" }.joined(separator: ", ") + ")",
                "CREATE INDEX appeals_open_due ON appeals (open_due_at)",
            ]
        ),
        Migration(
            version: 5, name: "status-counts",
            statements: [
                // Appeals by body, block and status ("" for none), kept with every change (`StatusCounts`).
                """
                CREATE TABLE appeal_counts (body_id TEXT NOT NULL, block_id TEXT NOT NULL, status TEXT NOT NULL, n BIGINT NOT NULL,
                  PRIMARY KEY (body_id, block_id, status))
                """,
                """
                INSERT INTO appeal_counts (body_id, block_id, status, n)
                SELECT COALESCE(body_id, ''), COALESCE(block_id, ''), status, COUNT(*) FROM appeals
                GROUP BY COALESCE(body_id, ''), COALESCE(block_id, ''), status
                """,
                // A body's or a block's overdue items, counted from the index alone.
                "CREATE INDEX appeals_body_open_due ON appeals (body_id, open_due_at)",
                "CREATE INDEX appeals_block_open_due ON appeals (block_id, open_due_at)",
            ]
        ),
        Migration(
            version: 6, name: "saved-filters",
            statements: [
                """
                CREATE TABLE saved_filters (id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id), name TEXT NOT NULL,
                  query TEXT NOT NULL, created_at BIGINT NOT NULL)
                """,
                "CREATE UNIQUE INDEX saved_filters_name ON saved_filters (user_id, name)",
            ]
        ),
        Migration(
            version: 7, name: "blocked-users",
            statements: [
                // A user who left: kept for the record of what they did, let in no more.
                "ALTER TABLE users ADD COLUMN blocked_at BIGINT"
            ]
        ),
        Migration(
            version: 8, name: "structure-models",
            statements: [
                // Every topic and body model trained, so a suggestion's model version can be looked up later.
                """
                CREATE TABLE structure_models (version TEXT PRIMARY KEY, trained_at BIGINT NOT NULL, examples BIGINT NOT NULL,
                  topic_classes BIGINT NOT NULL, body_classes BIGINT NOT NULL, training_ms BIGINT NOT NULL)
                """,
                // A topic's keywords (a JSON array of strings) for suggestions before any history.
                "ALTER TABLE topics ADD COLUMN keywords TEXT",
            ]
        ),
        Migration(
            version: 9, name: "analytics-rollup",
            statements: [
                // Items by receipt day (in the region's zone) and their cuts, with what the measures count
                // (`RollupCounts`), kept with every change; "" where an item has no value yet.
                """
                CREATE TABLE analytics_cells (day BIGINT NOT NULL, municipality_id TEXT NOT NULL, block_id TEXT NOT NULL,
                  topic_id TEXT NOT NULL, body_id TEXT NOT NULL, channel TEXT NOT NULL, kind TEXT NOT NULL, status TEXT NOT NULL,
                  appeals BIGINT NOT NULL, repeated BIGINT NOT NULL, postponed BIGINT NOT NULL, answered BIGINT NOT NULL,
                  answered_in_term BIGINT NOT NULL, settled_late BIGINT NOT NULL, rated BIGINT NOT NULL, satisfied BIGINT NOT NULL,
                  redirected BIGINT NOT NULL,
                  PRIMARY KEY (day, municipality_id, block_id, topic_id, body_id, channel, kind, status))
                """,
                // A cell's answered items by the whole days they took (`AnswerDays`).
                """
                CREATE TABLE analytics_answer_days (day BIGINT NOT NULL, municipality_id TEXT NOT NULL, block_id TEXT NOT NULL,
                  topic_id TEXT NOT NULL, body_id TEXT NOT NULL, channel TEXT NOT NULL, kind TEXT NOT NULL, status TEXT NOT NULL,
                  days BIGINT NOT NULL, n BIGINT NOT NULL,
                  PRIMARY KEY (day, municipality_id, block_id, topic_id, body_id, channel, kind, status, days))
                """,
            ]
        ),
        Migration(
            version: 10, name: "analytics-revision",
            statements: [
                // The event a row last changed with (the transaction's last event): a server holding the rollup in
                // memory reads only the rows changed since the last event it saw, its own changes or another
                // process's. Writers are one at a time (SQLite; the chain's lock on PostgreSQL), so this order
                // is the commit order.
                "ALTER TABLE analytics_cells ADD COLUMN revision BIGINT NOT NULL DEFAULT 0",
                "ALTER TABLE analytics_answer_days ADD COLUMN revision BIGINT NOT NULL DEFAULT 0",
                "CREATE INDEX analytics_cells_revision ON analytics_cells (revision)",
                "CREATE INDEX analytics_answer_days_revision ON analytics_answer_days (revision)",
            ],
            // Counted here, not in migration 9: the count writes each row's revision, which exists from here on.
            then: [.rebuildAnalytics]
        ),
        Migration(
            version: 11, name: "appeal-points",
            statements: [
                // The point as columns, so the map reads a period's points without decoding documents.
                "ALTER TABLE appeals ADD COLUMN lat DOUBLE PRECISION",
                "ALTER TABLE appeals ADD COLUMN lon DOUBLE PRECISION",
            ],
            then: [.fillPoints]
        ),
        Migration(
            version: 12, name: "analytics-quality",
            // The counts of answer quality, returns, reopenings, extensions, registration and referral in term and
            // the body's first reaction (issue 7: rating and indicators), counted afresh for every item.
            statements: [
                "returned", "reopened", "extended", "graded", "substantive", "registration_termed", "registered_in_term", "assign_termed",
                "assigned_in_term", "reacted", "reaction_minutes",
            ].map { "ALTER TABLE analytics_cells ADD COLUMN \($0) BIGINT NOT NULL DEFAULT 0" },
            then: [.rebuildAnalytics]
        ),
        Migration(
            version: 13, name: "indicator-plans",
            statements: [
                // Yearly plans of the indicators (issue 7), for the region ("") or a municipality. Rows are only
                // added: the latest by `seq` is the plan, the earlier ones its history; a NULL value removes it.
                """
                CREATE TABLE indicator_plans (seq BIGINT PRIMARY KEY, year BIGINT NOT NULL, municipality_id TEXT NOT NULL,
                  indicator TEXT NOT NULL, value DOUBLE PRECISION, set_at BIGINT NOT NULL, set_by TEXT NOT NULL REFERENCES users(id))
                """,
                "CREATE INDEX indicator_plans_year ON indicator_plans (year, municipality_id, indicator)",
            ]
        ),
        Migration(
            version: 14, name: "weekly-notes",
            statements: [
                // The weekly notes as issued each Monday (issue 7), for the region ("") and each municipality: their
                // figures (JSON) and their Word document (base64, so both engines keep it as text), never changed
                // after; one per week and territory however many server processes try.
                """
                CREATE TABLE weekly_notes (week TEXT NOT NULL, municipality_id TEXT NOT NULL, issued_at BIGINT NOT NULL,
                  figures TEXT NOT NULL, document TEXT NOT NULL, sha256 TEXT NOT NULL, PRIMARY KEY (week, municipality_id))
                """
            ]
        ),
        Migration(
            version: 15, name: "appeal-facts",
            // Items stored before migration 12 get their first referral, first reaction, redirects, returns and
            // reopenings from their events, and the rollup is counted afresh with them.
            statements: [],
            then: [.fillFacts, .rebuildAnalytics]
        ),
        Migration(
            version: 16, name: "analytics-durations",
            // The answer-day histogram becomes the histogram of times (`DurationBucket`): answer days and hours to
            // the first reaction share its numbering, so the rating reads the median reaction as it reads the median answer.
            statements: [
                "ALTER TABLE analytics_answer_days RENAME TO analytics_durations",
                "ALTER TABLE analytics_durations RENAME COLUMN days TO bucket",
                "DROP INDEX analytics_answer_days_revision",
                "CREATE INDEX analytics_durations_revision ON analytics_durations (revision)",
            ],
            then: [.rebuildAnalytics]
        ),
        Migration(
            version: 17, name: "raw-payloads",
            statements: [
                // What a channel sent for an item, byte for byte (base64, so both engines keep it as text), written
                // with the item and never changed (issue 8).
                """
                CREATE TABLE raw_payloads (id TEXT PRIMARY KEY, appeal_id TEXT NOT NULL REFERENCES appeals(id), channel TEXT NOT NULL,
                  external_id TEXT, received_at BIGINT NOT NULL, content_type TEXT NOT NULL, body TEXT NOT NULL, sha256 TEXT NOT NULL)
                """,
                "CREATE INDEX raw_payloads_appeal ON raw_payloads (appeal_id)",
            ]
        ),
        Migration(
            version: 18, name: "outbox",
            statements: [
                // What must be sent through a channel (issue 8), written with the change that calls for it and
                // delivered after commit: claimed under a lease (`lease_until`) so one process sends each, tried
                // again with backoff, dead after the last attempt until an administrator replays it.
                """
                CREATE TABLE outbox (id TEXT PRIMARY KEY, appeal_id TEXT REFERENCES appeals(id), channel TEXT NOT NULL,
                  recipient TEXT NOT NULL, kind TEXT NOT NULL, message TEXT NOT NULL, created_at BIGINT NOT NULL,
                  attempts BIGINT NOT NULL DEFAULT 0, next_attempt_at BIGINT NOT NULL, lease_until BIGINT, last_error TEXT,
                  delivered_at BIGINT, dead_at BIGINT, remote_id TEXT)
                """,
                "CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE delivered_at IS NULL AND dead_at IS NULL",
                "CREATE INDEX outbox_appeal ON outbox (appeal_id)",
            ]
        ),
        Migration(
            version: 19, name: "attachments",
            statements: [
                // An item's files (issue 8) that `AttachmentPolicy` allows, each once by its SHA-256, base64 as the
                // payloads are; never changed.
                """
                CREATE TABLE attachments (id TEXT PRIMARY KEY, appeal_id TEXT NOT NULL REFERENCES appeals(id), file_name TEXT,
                  content_type TEXT NOT NULL, size BIGINT NOT NULL, sha256 TEXT NOT NULL, data TEXT NOT NULL, created_at BIGINT NOT NULL,
                  UNIQUE (appeal_id, sha256))
                """
            ]
        ),
        Migration(
            version: 20, name: "public-tickets",
            statements: [
                // A public-side item's link (issue 9): only the secret's SHA-256, and the consent the resident gave
                // with the version and hash of its text (152-ФЗ ст. 9); written with the item, never changed.
                """
                CREATE TABLE public_tickets (appeal_id TEXT PRIMARY KEY REFERENCES appeals(id), secret_sha256 TEXT NOT NULL,
                  consent_version TEXT NOT NULL, consent_sha256 TEXT NOT NULL, consented_at BIGINT NOT NULL)
                """
            ]
        ),
        Migration(
            version: 21, name: "public-topics",
            statements: [
                // The topics an administrator keeps off the public list and map (issue 9); every other topic is shown.
                "CREATE TABLE public_hidden_topics (topic_id TEXT PRIMARY KEY)",
            ]
        ),
        Migration(
            version: 22, name: "polls",
            statements: [
                // Polls (issue 9) as their JSON, with the columns lists sort by.
                """
                CREATE TABLE polls (id TEXT PRIMARY KEY, doc TEXT NOT NULL, municipality_id TEXT, opens_at BIGINT NOT NULL,
                  closes_at BIGINT NOT NULL, created_at BIGINT NOT NULL)
                """,
                // One ballot per verified contact: the key is the SHA-256 of the contact, not the contact.
                """
                CREATE TABLE poll_votes (poll_id TEXT NOT NULL REFERENCES polls(id), voter_sha256 TEXT NOT NULL, ballot TEXT NOT NULL,
                  created_at BIGINT NOT NULL, PRIMARY KEY (poll_id, voter_sha256))
                """,
                // A resident's one-time code (only its hash with the address) and the sessions it opens.
                "CREATE TABLE resident_codes (email TEXT PRIMARY KEY, code_sha256 TEXT NOT NULL, expires_at BIGINT NOT NULL, attempts BIGINT NOT NULL)",
                "CREATE TABLE resident_sessions (token_sha256 TEXT PRIMARY KEY, email TEXT NOT NULL, expires_at BIGINT NOT NULL)",
            ]
        ),
        Migration(
            version: 23, name: "discussions",
            statements: [
                // Public discussions (issue 9) and residents' comments: the author only as a hash, the screening's
                // flags for the moderator, the decision with who took it and why.
                "CREATE TABLE discussions (id TEXT PRIMARY KEY, doc TEXT NOT NULL, opens_at BIGINT NOT NULL, closes_at BIGINT NOT NULL, created_at BIGINT NOT NULL)",
                """
                CREATE TABLE discussion_comments (id TEXT PRIMARY KEY, discussion_id TEXT NOT NULL REFERENCES discussions(id),
                  author_sha256 TEXT NOT NULL, display_name TEXT NOT NULL, text TEXT NOT NULL, status TEXT NOT NULL, flags TEXT NOT NULL,
                  spam_score DOUBLE PRECISION NOT NULL, created_at BIGINT NOT NULL, moderated_at BIGINT, moderator_id TEXT, reason TEXT)
                """,
                "CREATE INDEX discussion_comments_queue ON discussion_comments (status, created_at)",
                "CREATE INDEX discussion_comments_discussion ON discussion_comments (discussion_id, status, created_at)",
            ]
        ),
        Migration(
            version: 24, name: "public-keys",
            statements: [
                // More keys to an item's public page: the one in each answer letter that asks for a rating (issue 9).
                "CREATE TABLE public_keys (secret_sha256 TEXT PRIMARY KEY, appeal_id TEXT NOT NULL REFERENCES appeals(id), created_at BIGINT NOT NULL)",
            ]
        ),
        Migration(
            version: 25, name: "user-emails",
            // Where a user's term alerts also go as letters (issue 4).
            statements: ["ALTER TABLE users ADD COLUMN email TEXT"]
        ),
        Migration(
            version: 26, name: "official-pages",
            // A body's confirmed official page, which indicator K11 counts (issue 7).
            statements: ["ALTER TABLE bodies ADD COLUMN official_page TEXT"]
        ),
        Migration(
            version: 27, name: "public-authors",
            statements: [
                // The author's e-mail of a public-side item, as a hash: a signed-in resident's «мои обращения» (issue 9).
                "ALTER TABLE public_tickets ADD COLUMN author_sha256 TEXT",
                "CREATE INDEX public_tickets_author ON public_tickets (author_sha256)",
            ]
        ),
        Migration(
            version: 28, name: "directory-changes",
            statements: [
                // Who changed which directory entry when, and the entry before and after (M19).
                """
                CREATE TABLE directory_changes (id TEXT PRIMARY KEY, at BIGINT NOT NULL, actor_id TEXT NOT NULL, entity TEXT NOT NULL,
                  entity_id TEXT NOT NULL, before_json TEXT, after_json TEXT)
                """,
                "CREATE INDEX directory_changes_at ON directory_changes (at)",
            ]
        ),
        Migration(
            version: 29, name: "attachment-bytes",
            // A file's bytes as bytes (a BLOB in SQLite, bytea in PostgreSQL): base64 text took a third more space
            // and its encoding most of a photo's write (issue 9's submissions with photos). Files kept before keep
            // their base64 in `data`; from now on `data` is empty and the bytes are in `content`.
            statements: ["ALTER TABLE attachments ADD COLUMN content BYTEA"]
        ),
        Migration(
            version: 30, name: "places",
            // The populated places of each municipality, from ОКТМО: names that find it in an address or a text (issue 5).
            statements: ["CREATE TABLE places (municipality_id TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY (municipality_id, name))"]
        ),
        Migration(
            version: 31, name: "reaction-working-hours",
            // K5 counts the first reaction in working hours (rules.md §3.3): items that reacted before get their
            // office minutes on the region's calendar (loaded years included), and the rollup is counted afresh.
            statements: [],
            then: [.fillReactionMinutes, .rebuildAnalytics]
        ),
        Migration(
            version: 32, name: "attachment-thumbnails",
            // A photo's thumbnail, made the first time the card shows it and kept; empty where none can be made.
            statements: ["ALTER TABLE attachments ADD COLUMN thumbnail BYTEA"]
        ),
    ]
}
