#!/usr/bin/env python3
"""ECB+ (CC BY 3.0) documents.jsonl -> one plain-text file per document, named by doc_id, for `analyze`."""
import json
import sys

source, target = sys.argv[1], sys.argv[2]
with open(source, encoding="utf-8") as lines:
    for line in lines:
        doc = json.loads(line)
        with open(f"{target}/{doc['doc_id']}.txt", "w", encoding="utf-8", newline="") as out:
            out.write(doc["text"])
