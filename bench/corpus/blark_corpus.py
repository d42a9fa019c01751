#!/usr/bin/env python3
"""Runs blark (https://github.com/klauer/blark) as a peer parser on the same corpus as `plcfleet bench corpus`.

Usage: PYTHONPATH=/path/to/blark-source python3 bench/corpus/blark_corpus.py CORPUS_DIR OUT.tsv [FOLDER...]
Writes one line per .st/.scl file as it goes: folder, path, parses (True/False), first error line.
With FOLDER names, only those sub-folders of CORPUS_DIR are parsed.
Needs Debian's python3-lark (and python3-lxml, python3-packaging) and blark's source tree on PYTHONPATH.
"""
import pathlib
import sys

from blark.parse import parse_source_code


def main(corpus: str, out: str, only: list[str]) -> None:
    root = pathlib.Path(corpus)
    sink = open(out, "w", encoding="utf-8")
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and (not only or p.name in only)):
        for path in sorted(folder.rglob("*")):
            if path.suffix.lower() not in (".st", ".scl"):
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            try:
                result = parse_source_code(text, fn=path)
                results = result if isinstance(result, list) else [result]
                errors = [r.exception for r in results if r.exception is not None]
            except Exception as ex:  # blark itself failing counts as not parsed
                errors = [ex]
            first = str(errors[0]).splitlines()[0] if errors and str(errors[0]) else (type(errors[0]).__name__ if errors else "")
            sink.write(f"{folder.name}\t{path}\t{not errors}\t{first.replace(chr(9), ' ')}\n")
            sink.flush()
    sink.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
