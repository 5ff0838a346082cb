"""Times the analytics bench's slices in DuckDB over the items' CSV (see otklik-bench analytics --generate).

Reads a JSON file {"csv", "rounds", "queries": [{"name", "sql"}]}; loads the CSV into an in-memory table
`items` once, runs each query once to warm up and then `rounds` times, and prints one JSON report.
"""
import json
import math
import sys
import time

import duckdb


def percentile(sorted_ms, p):
    rank = max(1, math.ceil(p / 100 * len(sorted_ms)))
    return sorted_ms[min(rank, len(sorted_ms)) - 1]


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        spec = json.load(f)
    con = duckdb.connect()
    started = time.perf_counter()
    con.execute(
        "CREATE TABLE items AS SELECT * FROM read_csv(?, header = true, types = {'day': 'DATE', 'answer_days': 'INTEGER', 'due': 'BIGINT'})",
        [spec["csv"]],
    )
    load = time.perf_counter() - started
    items = con.execute("SELECT count(*) FROM items").fetchone()[0]
    results = []
    every = []
    for query in spec["queries"]:
        rows = len(con.execute(query["sql"]).fetchall())
        times = []
        for _ in range(spec["rounds"]):
            start = time.perf_counter()
            con.execute(query["sql"]).fetchall()
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        every += times
        results.append({"name": query["name"], "p50": percentile(times, 50), "p95": percentile(times, 95), "rows": rows})
    every.sort()
    print(json.dumps({"load_seconds": load, "items": items, "all_p95": percentile(every, 95), "results": results}))


if __name__ == "__main__":
    main()
