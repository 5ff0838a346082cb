"""What SQLite alone takes to store the items a server run took in: the floor under `otklik-bench intake`.

Reads the `appeals` and `events` rows of a database the server wrote (scripts/bench.sh intake leaves one)
and writes them again into fresh files with the same schema and the server's settings (WAL,
synchronous=FULL, 64 MiB cache), as prepared statements in transactions of `--group` items, each committed
to disk. No HTTP, no JSON, no Swift: whatever this reaches, the server cannot pass. Variants show what the
indexes, the events and the flush to disk cost.

usage: python3 scripts/sqlite_floor.py DATABASE [--group 2000]
"""
import argparse
import os
import sqlite3
import tempfile
import time

APPEAL_COLUMNS = (
    "id, number, kind, channel, external_id, received_at, status, municipality_id, block_id, topic_id, body_id, "
    "executor_id, due_at, open_due_at, search_text, version, updated_at, doc, lat, lon"
)
EVENT_COLUMNS = "seq, appeal_id, at, actor_id, type, payload, prev_hash, hash"


def schema(source, tables, secondary):
    rows = source.execute(
        "SELECT type, sql FROM sqlite_master WHERE tbl_name IN (%s) AND sql IS NOT NULL ORDER BY type DESC"
        % ",".join("?" * len(tables)),
        tables,
    ).fetchall()
    # Tables first, then indexes; the unique index on (channel, external id) is intake's, kept always.
    return [sql for kind, sql in rows if kind == "table" or secondary or "UNIQUE" in sql or "events_appeal" in sql]


def replay(name, source, appeals, events, group, secondary=True, with_events=True, synchronous="FULL"):
    directory = tempfile.mkdtemp(prefix="otklik-floor-")
    path = os.path.join(directory, "floor.sqlite")
    target = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=" + synchronous, "cache_size=-65536", "wal_autocheckpoint=0"):
        target.execute("PRAGMA " + pragma)
    for sql in schema(source, ["appeals", "events"] if with_events else ["appeals"], secondary):
        target.execute(sql)
    started = time.perf_counter()
    for start in range(0, len(appeals), group):
        target.execute("BEGIN IMMEDIATE")
        target.executemany(
            "INSERT INTO appeals (%s) VALUES (%s)" % (APPEAL_COLUMNS, ",".join("?" * 20)), appeals[start:start + group]
        )
        if with_events:
            target.executemany(
                "INSERT INTO events (%s) VALUES (%s)" % (EVENT_COLUMNS, ",".join("?" * 8)), events[start:start + group]
            )
        target.execute("COMMIT")
    elapsed = time.perf_counter() - started
    target.close()
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    os.rmdir(directory)
    print("%-58s %8.0f items/s" % (name, len(appeals) / elapsed))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database")
    parser.add_argument("--group", type=int, default=2000, help="items per transaction (the server merges 2 batches of 1,000)")
    options = parser.parse_args()
    source = sqlite3.connect(options.database)
    # In the order the server wrote them (the rowid): the order its ids and numbers come in.
    appeals = source.execute("SELECT %s FROM appeals ORDER BY rowid" % APPEAL_COLUMNS).fetchall()
    created = {
        row[1]: row
        for row in source.execute("SELECT %s FROM events WHERE type = 'created'" % EVENT_COLUMNS).fetchall()
    }
    events = [created[row[0]] for row in appeals if row[0] in created]
    print("== SQLite %s alone: %d items and their `created` events, %d to a transaction"
          % (sqlite3.sqlite_version, len(appeals), options.group))
    replay("as the server stores them (every index, the event, FULL)", source, appeals, events, options.group)
    replay("the same without waiting for the disk (synchronous=OFF)", source, appeals, events, options.group, synchronous="OFF")
    replay("without the list indexes (only id, number, channel key)", source, appeals, events, options.group, secondary=False)
    replay("without the events", source, appeals, events, options.group, with_events=False)


if __name__ == "__main__":
    main()
