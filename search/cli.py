"""The `newsbot` command line over the search library: ingest, search, ask, show."""
from __future__ import annotations

import argparse
import json
import sys
from typing import Callable, Iterable

from search.engine import Engine
from search.model import Answer, Article, Hit, IngestReport, ResultPage
from search.settings import Settings, load_settings


def hit_json(hit: Hit) -> dict:
    """The documented JSON shape of a hit."""
    return {"id": hit.id, "title": hit.title, "date": hit.date, "source": hit.source,
            "file": hit.file, "score": hit.score, "snippet": hit.snippet.text}


def search_json(page: ResultPage) -> dict:
    return {"query": page.query, "total": page.total, "hits": [hit_json(h) for h in page.hits]}


def ask_json(question: str, answer: Answer | None) -> dict:
    return {"question": question, "answer": answer.sentence.text if answer else None,
            "article": hit_json(answer.article) if answer else None}


def show_json(article_id: str, article: Article | None) -> dict:
    if article is None:
        return {"id": article_id, "error": "not found"}
    return {"id": article.id, "title": article.title, "date": article.date, "source": article.source,
            "byline": article.byline, "file": article.file, "text": article.text}


def _meta(title: str, date: str | None, source: str | None) -> str:
    return " · ".join(x for x in (title, date, source) if x)


def search_text(page: ResultPage) -> str:
    lines = [f"{page.total} result(s) for {page.query!r}"]
    for i, h in enumerate(page.hits, 1):
        lines += [f"{i}. {_meta(h.title, h.date, h.source)}  [{h.id}]", f"   {h.snippet.text}"]
    return "\n".join(lines)


def ask_text(question: str, answer: Answer | None) -> str:
    if answer is None:
        return f"No answer found for {question!r}."
    a = answer.article
    return f"{answer.sentence.text}\n  -- {_meta(a.title, a.date, a.source)}  [{a.id}]"


def show_text(article_id: str, article: Article | None) -> str:
    if article is None:
        return f"{article_id}: not found"
    head = _meta(article.title, article.date, article.source)
    by = f"\n{article.byline}" if article.byline else ""
    return f"{head}{by}\n\n{article.text}"


def report_text(r: IngestReport) -> str:
    """One line saying what an ingest changed."""
    line = (f"files: {r.added} added, {r.changed} changed, {r.removed} removed, {r.unchanged} unchanged; "
            f"articles: +{r.articles_added} -{r.articles_removed} ({r.seconds:.1f}s)")
    extra = [f"skipped {name}" for name in r.skipped] + list(r.warnings)
    return "\n".join([line] + extra)


def _progress(done: int, total: int) -> None:
    if total >= 20:
        width = 30
        filled = width * done // total
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} files")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def _items(value: str) -> Iterable[str]:
    if value != "-":
        yield value
        return
    for line in sys.stdin:
        yield line.rstrip("\n")


def _emit(values: Iterable[str], run: Callable[[str], tuple[dict, str]], as_json: bool) -> None:
    for value in values:
        data, text = run(value)
        print(json.dumps(data, ensure_ascii=False) if as_json else text, flush=True)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="newsbot", description="Search and ask a Chinese news collection.",
                                epilog="Also: `newsbot bot` runs the Telegram bot, `newsbot chat` the terminal chat.")
    sub = p.add_subparsers(dest="command", required=True)
    ing = sub.add_parser("ingest", help="bring the index up to date with the seed folder")
    ing.add_argument("--full", action="store_true", help="re-read every file")
    se = sub.add_parser("search", help="search articles")
    se.add_argument("--limit", type=int, default=10)
    se.add_argument("--json", action="store_true")
    se.add_argument("value", metavar="QUERY", help="query, or - to read one per line from stdin")
    ak = sub.add_parser("ask", help="answer a question with one sentence and its source")
    ak.add_argument("--json", action="store_true")
    ak.add_argument("value", metavar="QUESTION", help="question, or - to read one per line from stdin")
    sh = sub.add_parser("show", help="print one article")
    sh.add_argument("--json", action="store_true")
    sh.add_argument("value", metavar="ARTICLE_ID", help="article id, or - to read one per line from stdin")
    return p


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Execute a parsed search-side command."""
    engine = Engine(settings.index_dir, settings.seeds_dir)
    if args.command == "ingest":
        print(report_text(engine.ingest(full=args.full, progress=_progress)))
        return 0
    engine.ensure_index()
    if args.command == "search":
        limit = max(1, min(args.limit, 50))

        def one(q: str) -> tuple[dict, str]:
            page = engine.search(q, 1, limit)
            return search_json(page), search_text(page)
    elif args.command == "ask":
        def one(q: str) -> tuple[dict, str]:
            answer = engine.ask(q)
            return ask_json(q, answer), ask_text(q, answer)
    else:
        def one(article_id: str) -> tuple[dict, str]:
            article = engine.show(article_id.strip())
            return show_json(article_id, article), show_text(article_id, article)

        if args.value != "-" and engine.show(args.value) is None:
            _emit([args.value], one, args.json)
            return 1
    _emit(_items(args.value), one, args.json)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of `python -m search`."""
    from search.logs import setup_logging

    setup_logging()
    args = build_parser().parse_args(argv)
    return run(args, load_settings())
