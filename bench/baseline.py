"""The setup a tutorial produces: one TEXT field, jieba's stock ChineseAnalyzer,
the default QueryParser, one writer. The benchmark measures against it."""
from __future__ import annotations

import logging
import warnings
from pathlib import Path

from whoosh import index
from whoosh.fields import ID, TEXT, Schema
from whoosh.qparser import QueryParser

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import jieba
    from jieba.analyse import ChineseAnalyzer

jieba.setLogLevel(logging.WARNING)


def build(index_dir: Path, docs: list[tuple[str, str, str]]) -> None:
    """Index (path, title, content) tuples the tutorial way."""
    schema = Schema(title=TEXT(stored=True), path=ID(stored=True),
                    content=TEXT(stored=True, analyzer=ChineseAnalyzer()))
    index_dir.mkdir(parents=True, exist_ok=True)
    ix = index.create_in(str(index_dir), schema)
    writer = ix.writer()
    for path, title, content in docs:
        writer.add_document(title=title, path=path, content=content)
    writer.commit()


class Searcher:
    """Open once, then answer queries with QueryParser over the content field."""

    def __init__(self, index_dir: Path) -> None:
        self.ix = index.open_dir(str(index_dir))
        self.searcher = self.ix.searcher()
        self.parser = QueryParser("content", self.ix.schema)

    def search(self, q: str) -> list[str]:
        results = self.searcher.search(self.parser.parse(q), limit=10)
        return [r["path"] for r in results]
