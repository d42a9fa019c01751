#!/usr/bin/env python3
"""Side-by-side table of `plcfleet bench corpus --files ours.tsv` and blark_corpus.py output on the same corpus.

Usage: python3 bench/corpus/compare.py ours.tsv blark.tsv [blark2.tsv ...]
Prints per folder: files, parsed without syntax error by PlcFleet and by blark, and the files blark parses but PlcFleet does not.
"""
import collections
import sys


def read(path, ok_column):
    rows = {}
    for line in open(path, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) > ok_column:
            rows[parts[1]] = (parts[0], parts[ok_column] == "True", parts[-1])
    return rows


def main(ours_path, blark_paths):
    ours = read(ours_path, 3)
    blark = {}
    for path in blark_paths:
        blark.update(read(path, 2))
    table = collections.defaultdict(lambda: [0, 0, 0, 0, []])
    for path, (folder, parsed, _) in ours.items():
        if path not in blark:
            continue
        row = table[folder]
        row[0] += 1
        row[1] += parsed
        row[2] += blark[path][1]
        if blark[path][1] and not parsed:
            row[3] += 1
            row[4].append((path, ours[path][2]))
    print(f"{'folder':28} {'files':>6} {'PlcFleet':>14} {'blark':>14} {'blark-only':>10}")
    total = [0, 0, 0, 0]
    for folder in sorted(table):
        files, mine, theirs, only, _ = table[folder]
        total = [total[0] + files, total[1] + mine, total[2] + theirs, total[3] + only]
        print(f"{folder:28} {files:6} {mine:7} ({100 * mine / files:3.0f}%) {theirs:7} ({100 * theirs / files:3.0f}%) {only:10}")
    files, mine, theirs, only = total
    if files:
        print(f"{'TOTAL':28} {files:6} {mine:7} ({100 * mine / files:3.0f}%) {theirs:7} ({100 * theirs / files:3.0f}%) {only:10}")
    for folder in sorted(table):
        for path, error in table[folder][4]:
            print(f"blark parses, PlcFleet does not: {path}: {error}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
