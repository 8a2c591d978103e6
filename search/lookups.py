"""Lookups of stored articles behind the Engine: one article, its summary, the newest,
new articles matching alerts, and what the index holds. A mixin: the Engine gives it the
backend, the ranker and the reprint signatures."""
from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar, cast

from search.index import documents as docs
from search.index.backends.base import Backend
from search.model import Article, Hit, Inventory, Snippet, Stats, Summary
from search.qa.matching import new_matches
from search.qa.query import parse
from search.qa.ranking import Ranked, Ranker
from search.qa.reprints import Signatures, told_before
from search.qa.snippets import snippet
from search.qa.summaries import one_line, summarize
from search.text.sentences import Weighted

MAX_COUNTED = 1_000_000  # photo items counted at most by inventory()
REPRINT_ROOM = 2  # latest() reads this many times the articles asked for: reprints fold away
F = TypeVar("F", bound=Callable[..., Any])


def recovering(method: F) -> F:
    """A read that fails drops this thread's reader, so the next one opens afresh. If
    the index is why (gone, damaged), IndexUnavailable is raised instead of the backend's error."""
    @functools.wraps(method)
    def run(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except Exception as exc:
            self.backend.recover(exc)
            raise
    return cast(F, run)


class Lookups:
    """Reads of stored articles, by id or by recency (the Engine's half that ranks nothing
    against a question)."""

    backend: Backend
    ranker: Ranker
    index_dir: Path
    _prints: Signatures

    @recovering
    def show(self, article_id: str) -> Article | None:
        """The full article with this id, or None."""
        if not article_id or article_id.startswith(docs.FILE_PREFIX):
            return None
        d = self.backend.reader().document(article_id)
        return docs.to_article(d) if d else None

    @recovering
    def summary(self, article_id: str) -> Summary | None:
        """The article with this id told in 2-4 of its own sentences (search.qa.summaries), or None."""
        full = self.show(article_id)
        if full is None:
            return None
        told = summarize(full.text, full.title)
        return Summary(full.id, full.title, full.date, full.source, full.url, full.kind, told)

    @recovering
    def latest(self, limit: int = 10, since: float | None = None, query: str | None = None,
               summaries: bool = True) -> list[Hit]:
        """Newest articles (by publication date, then ingest time), optionally newer than
        *since* and matching *query*; each with its snippet and one-line summary unless
        *summaries* is False (a caller that shows neither, only titles: they cost a few ms
        each)."""
        reader = self.backend.reader()
        floor = docs.after_ms(since) if since is not None else None
        if query:  # the query's own candidates, newest first: no second pass over the index
            ranked = self.ranker.rank(reader, parse(query), self.ranker.params.scan_max).ranked
            newest = [r.fields for r in ranked if floor is None or r.fields.get("added", 0) >= floor]
            newest.sort(key=lambda f: (f.get("kind") != "caption", f.get("date") or "", f.get("added") or 0),
                       reverse=True)
        else:  # articles first, then stand-alone photo items
            newest, want = [], limit * REPRINT_ROOM
            for kind in docs.ARTICLE_KINDS:
                if len(newest) < want:
                    newest += reader.newest(kind, want - len(newest), floor)
        ranked = self.ranker.merge([Ranked(f, 0.0) for f in newest])
        if floor is not None:  # digests: a story already told is not told again
            ranked = [r for r in ranked if not told_before(reader, r.fields, floor, self._prints)]
        if not summaries:
            return [docs.to_hit(r.fields, 0.0, Snippet(""), r.also) for r in ranked[:limit]]
        return [self.as_hit(r, [], summary=True) for r in ranked[:limit]]

    @recovering
    def alert_matches(self, rules: Sequence[tuple[str, float]]) -> list[tuple[Hit, tuple[int, ...]]]:
        """Instant alerts: for each (rule, since), the articles added after *since* that
        match *rule* (the search syntax; `A | B` for either), each story once (reprints
        folded into Hit.reprints; a story told before the watermark left out), with the
        indexes of the rules it answers. The snippet is the sentence that matched."""
        out = []
        for m in new_matches(self.ranker, self.backend.reader(), rules):
            sentence = snippet(m.fields.get("body") or "", m.forms, p=self.ranker.params)
            out.append((docs.to_hit(m.fields, 0.0, sentence, m.also), tuple(m.rules)))
        return out

    @recovering
    def stats(self) -> Stats:
        """Articles, files and the time of the last ingest."""
        files = self.backend.reader().files()
        return Stats(articles=sum(f.get("count") or 0 for f in files), files=len(files),
                     last_ingest=self.backend.last_ingest())

    @recovering
    def inventory(self) -> Inventory:
        """What the index holds, for an operator (`newsbot status`): slower than stats()."""
        reader = self.backend.reader()
        files = reader.files()
        return Inventory(articles=reader.article_count(), photo_items=len(reader.newest("caption", MAX_COUNTED)),
                         sources=reader.sources(), files=len(files), last_ingest=self.backend.last_ingest(),
                         location=str(self.backend.location), index_bytes=self.backend.size_bytes())

    def as_hit(self, r: Ranked, forms: list[Weighted], summary: bool = False) -> Hit:
        """A ranked document as a hit with its snippet; *summary*: with its one-line summary
        too (lists of new articles, and what happened in a window), which costs a few ms."""
        body = r.fields.get("body") or ""
        hit = docs.to_hit(r.fields, r.score, snippet(body, forms, p=self.ranker.params), r.also)
        return replace(hit, summary=one_line(body)) if summary else hit
