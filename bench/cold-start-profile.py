#!/usr/bin/env python3
"""Aggregates a dotnet-trace Speedscope file (bench/cold-start.sh TRACE=dir) by frame.

Usage: bench/cold-start-profile.py start-Sqlite.speedscope.json [top=40] [substring...]
Prints, over every thread, the time spent inside each frame (inclusive) and at the top of the stack (self). Samples
whose leaf frame is a wait (a blocked thread: the sampler records those too) are left out, so the figures are close
to CPU time. With substrings, prints only frames whose name contains one of them (e.g. Lucene, Markdig, EntityFramework).
"""
import json
import sys
from collections import defaultdict

WAITS = ("Wait", "Sleep", "Monitor.Enter", "ReceiveFrom", "epoll", "Poll", "Accept", "UNMANAGED_CODE_TIME", "CPU_TIME")


def is_wait(name):
    return any(w in name for w in WAITS[:-2]) or name == "UNMANAGED_CODE_TIME"


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2].isdigit() else 40
    filters = [a for a in sys.argv[2:] if not a.isdigit()]
    data = json.load(open(path))
    frames = [f["name"] for f in data["shared"]["frames"]]
    inclusive = defaultdict(float)
    self_time = defaultdict(float)
    per_thread = {}
    for profile in data["profiles"]:
        stack, last, busy = [], None, 0.0
        for event in profile["events"]:
            at = event["at"]
            if last is not None and stack and at > last and not is_wait(frames[stack[-1]]):
                span = at - last
                busy += span
                for f in set(stack):
                    inclusive[f] += span
                self_time[stack[-1]] += span
            last = at
            if event["type"] == "O":
                stack.append(event["frame"])
            elif stack:
                stack.pop()
        per_thread[profile["name"]] = busy
    total = sum(per_thread.values())
    print(f"busy time over all threads: {total:.0f} ms")
    for name, busy in sorted(per_thread.items(), key=lambda kv: -kv[1])[:8]:
        print(f"  {busy:8.0f} ms  {name}")

    def show(title, table):
        print(f"\n{title}")
        rows = [(t, frames[f]) for f, t in table.items() if not filters or any(s in frames[f] for s in filters)]
        for t, name in sorted(rows, reverse=True)[:top]:
            print(f"  {t:8.0f} ms  {name[:160]}")

    show("inclusive", inclusive)
    show("self", self_time)


if __name__ == "__main__":
    main()
