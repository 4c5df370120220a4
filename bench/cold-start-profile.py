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

# dotnet-trace ends every stack with a CPU_TIME or UNMANAGED_CODE_TIME pseudo-frame, for waiting threads too: the
# real leaf is the last other frame, and a thread blocked in one of these is waiting, not working.
PSEUDO = ("CPU_TIME", "UNMANAGED_CODE_TIME")
WAITS = ("Wait", "Sleep", "Finalize", "Interop+Sys.Read", "epoll", "Accept")


def leaf(names):
    real = [n for n in names if n not in PSEUDO]
    return real[-1] if real else names[-1]


def is_wait(name):
    return any(w in name for w in WAITS)


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
            leaf_name = leaf([frames[f] for f in stack]) if stack else ""
            if last is not None and stack and at > last and not is_wait(leaf_name):
                span = at - last
                busy += span
                for f in set(stack):
                    inclusive[f] += span
                self_time[next(f for f in reversed(stack) if frames[f] not in PSEUDO) if leaf_name not in PSEUDO else stack[-1]] += span
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
