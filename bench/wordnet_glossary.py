#!/usr/bin/env python3
"""Writes a glossary of N WordNet nouns (Debian's wordnet-base) and a question file for `bench`.

usage: wordnet_glossary.py N OUT_DIR   ->  OUT_DIR/glossary/wordnet.md, OUT_DIR/questions.jsonl

Deterministic: the same N gives the same glossary. Terms are spread over the whole noun file
(every k-th synset), named by the synset's first word; a name whose letters and digits repeat
an earlier name is skipped, as the glossary's lint would refuse it. Definitions are the glosses
without their quoted examples. Questions: for 100 terms spread over the glossary, one that
names the term and one that describes it by its definition's words (the expensive kind).
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

DATA = Path("/usr/share/wordnet/data.noun")


def key(name):
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return re.sub(r"[^\w]+|_", "", folded.lower())


def synsets():
    for line in DATA.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("  ") or "|" not in line:
            continue  # the licence header
        head, gloss = line.split("|", 1)
        fields = head.split()
        word = fields[4].replace("_", " ")
        word = re.sub(r"\([a-z]+\)$", "", word)  # adjective markers such as (a)
        gloss = re.split(r';\s*"', gloss.strip(), maxsplit=1)[0].strip().rstrip(";").strip()
        if len(word) < 3 or len(gloss.split()) < 4 or not re.fullmatch(r"[A-Za-z][A-Za-z' -]*", word):
            continue
        yield word, gloss


def main():
    n, out = int(sys.argv[1]), Path(sys.argv[2])
    pool = list(synsets())
    step = max(1, len(pool) // (n * 2))
    seen, terms = set(), []
    for word, gloss in pool[::step] + pool:
        k = key(word)
        if k in seen:
            continue
        seen.add(k)
        terms.append((word, gloss[0].upper() + gloss[1:] + "."))
        if len(terms) == n:
            break
    (out / "glossary").mkdir(parents=True, exist_ok=True)
    with open(out / "glossary" / "wordnet.md", "w", encoding="utf-8") as f:
        f.write(f"# WordNet nouns ({n})\n\n")
        for word, definition in terms:
            f.write(f"## {word}\n\n{definition}\n\n")
    with open(out / "questions.jsonl", "w", encoding="utf-8") as f:
        for word, definition in terms[:: max(1, n // 100)][:100]:
            f.write(json.dumps({"q": f"what is {word}?"}) + "\n")
            described = definition.rstrip(".")
            described = described[0].lower() + described[1:]
            f.write(json.dumps({"q": f"what do you call {described}?"}) + "\n")
    print(f"{len(terms)} terms, {min(100, len(terms))} terms asked twice", file=sys.stderr)


if __name__ == "__main__":
    main()
