#!/usr/bin/env python3
"""Head-word agreement of predicted speakers with PolNeAR's annotated sources.

score_quotes.py counts a speaker right when the predicted mention overlaps the gold source span, so
"Sen. John Cornyn of Texas" attributed to Texas, or "Trump adviser Stephen Miller" attributed to
Donald Trump, counts as right. This check is stricter and cruder: for each predicted quote matching a
gold attribution (overlap of at least half of each, as the scorer matches), it compares the last word
of the predicted speaker's name with the last word of the gold source before its first comma (bracketed
tags such as "(R-OH)" removed). Sources that are bare pronouns are left out (their head says nothing).

usage: scripts/speaker-heads.py GOLD.jsonl PRED.jsonl [--worst N]
"""
import json
import re
import sys
from collections import Counter

WORD = r"[A-Za-z][A-Za-z\-’'\.]*"
PRONOUNS = {"he", "she", "they", "we", "i", "it", "you", "his", "her", "their"}


SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def head(words):
    """The last word that is no generational suffix ("Biden" of "Joseph R. Biden Jr."), lower-cased,
    without a trailing period or possessive."""
    words = [w.lower().rstrip(".") for w in words]
    while len(words) > 1 and words[-1] in SUFFIXES:
        words.pop()
    if not words:
        return ""
    return re.sub(r"(’s|'s)$", "", words[-1])


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    worst = int(argv[argv.index("--worst") + 1]) if "--worst" in argv else 0
    gold = {}
    with open(argv[1], encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            gold[d["id"]] = d.get("attributions") or []
    checked = agreed = 0
    disagreements = Counter()
    with open(argv[2], encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            for q in d.get("quotes", []):
                for g in gold.get(d.get("id"), []):
                    c = g["content"]
                    overlap = min(c["end"], q["end"]) - max(c["start"], q["start"])
                    if overlap <= 0 or 2 * overlap < c["end"] - c["start"] or 2 * overlap < q["end"] - q["start"]:
                        continue
                    source = (g.get("source") or {}).get("text")
                    if source and source.lower() not in PRONOUNS:
                        gold_head = head(re.findall(WORD, re.sub(r"\([^)]*\)", "", source).split(",")[0]))
                        speaker = q.get("speaker") or {}
                        predicted = head(re.findall(WORD, speaker.get("name") or ""))
                        if gold_head:
                            checked += 1
                            if predicted == gold_head:
                                agreed += 1
                            else:
                                disagreements[(speaker.get("name"), source[:60])] += 1
                    break
    print(json.dumps({"checked": checked, "agreed": agreed, "head_agreement": round(agreed / checked, 4) if checked else None}))
    for (name, source), n in disagreements.most_common(worst):
        print(f"{n:4d}  predicted {name!r}  gold {source!r}")


if __name__ == "__main__":
    main(sys.argv)
