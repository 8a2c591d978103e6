"""The `newsbot` command line over the search library: ingest, search, ask, show."""
from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
import time
from collections.abc import Callable, Iterable

from search.engine import Engine, open_engine
from search.logs import setup_logging
from search.model import Answer, Article, Hit, IndexUnavailable, IngestReport, ResultPage
from search.secrets import mask
from search.settings import EX_CONFIG, SEARCH_BACKENDS, Settings, SettingsError, load_settings

__all__ = ["NOTE", "Ingest", "add_commands", "build_parser", "clean", "main", "quiet_exit", "run"]  # for bot.cli


def hit_json(hit: Hit) -> dict:
    """The documented JSON shape of a hit."""
    return {"id": hit.id, "title": hit.title, "date": hit.date, "source": hit.source,
            "file": hit.file, "url": hit.url, "score": hit.score, "snippet": hit.snippet.text}


def search_json(page: ResultPage) -> dict:
    return {"query": page.query, "total": page.total, "hits": [hit_json(h) for h in page.hits],
            "uncovered": list(page.uncovered), "broadened": page.broadened}


_LONE_SURROGATE = re.compile("[\ud800-\udc7f\udd00-\udfff]")  # surrogateescape keeps bytes as U+DC80-U+DCFF


def clean(text: str) -> tuple[str, bool]:
    """*text* as valid Unicode: bytes that were not UTF-8 (kept by Python as surrogates)
    become U+FFFD. Also says whether anything was replaced."""
    fixed = _LONE_SURROGATE.sub("\ufffd", text)  # from JSON ("\\ud800"), not from a byte
    fixed = fixed.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return fixed, fixed != text


NOTE = "input was not valid UTF-8; invalid bytes were replaced with U+FFFD"
MAX_LIMIT = 50  # `search --limit` is clamped to 1..MAX_LIMIT
PROGRESS_MIN_FILES = 20  # smaller ingests finish before a progress bar would help
PROGRESS_WIDTH = 30  # characters of the progress bar
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell tool killed by the closed pipe returns
EXIT_INTERRUPTED = 130  # 128 + SIGINT
RETRY_PAUSE = 3.0  # seconds before an ingest whose database connection broke is tried again


def ask_json(question: str, answer: Answer | None) -> dict:
    return {"question": question, "answer": answer.sentence.text if answer else None,
            "article": hit_json(answer.article) if answer else None}


def show_json(article_id: str, article: Article | None) -> dict:
    if article is None:
        return {"id": article_id, "error": "not found"}
    return {"id": article.id, "title": article.title, "date": article.date, "source": article.source,
            "byline": article.byline, "file": article.file, "url": article.url, "text": article.text}


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
    url = f"\n{article.url}" if article.url else ""
    return f"{head}{by}{url}\n\n{article.text}"


def report_text(r: IngestReport) -> str:
    """One line saying what an ingest changed."""
    line = (f"files: {r.added} added, {r.changed} changed, {r.removed} removed, {r.unchanged} unchanged; "
            f"articles: +{r.articles_added} -{r.articles_removed} ({r.seconds:.1f}s)")
    extra = [f"skipped {name}" for name in r.skipped] + list(r.warnings)
    if r.error:
        line = f"ingest failed: {r.error}"
    return "\n".join([line] + extra)


def _progress(done: int, total: int) -> None:
    if total >= PROGRESS_MIN_FILES:
        filled = PROGRESS_WIDTH * done // total
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (PROGRESS_WIDTH - filled)}] {done}/{total} files")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def _items(value: str) -> Iterable[str]:
    """The value itself, or with "-" each line of stdin (read as bytes: a bad byte never stops it)."""
    if value != "-":
        yield value
        return
    for line in sys.stdin.buffer:
        yield line.rstrip(b"\r\n").decode("utf-8", "surrogateescape")


def _emit(values: Iterable[str], run: Callable[[str], tuple[dict, str]], as_json: bool) -> None:
    for value in values:
        value, replaced = clean(value)
        data, text = run(value)
        if replaced:
            data, text = {**data, "note": NOTE}, f"({NOTE})\n{text}"
        print(json.dumps(data, ensure_ascii=False) if as_json else text, flush=True)


def add_commands(sub: argparse._SubParsersAction) -> dict[str, argparse.ArgumentParser]:
    """The search-side subcommands (ingest, search, ask, show), by name."""
    ingest = sub.add_parser("ingest", help="bring the index up to date with the seed folder",
                            description="Bring the index up to date with the seed folder.")
    ingest.add_argument("--full", action="store_true", help="re-read every file")
    search = sub.add_parser("search", help="list the articles matching a query",
                            description="List the articles matching a query.")
    search.add_argument("--limit", type=int, default=10, help=f"results to show (1-{MAX_LIMIT})")
    search.add_argument("--json", action="store_true", help="one JSON object per query")
    search.add_argument("value", metavar="QUERY", help="query, or - to read one per line from stdin")
    ask = sub.add_parser("ask", help="answer a question with one sentence and its source",
                         description="Answer a question with one sentence and its source.")
    ask.add_argument("--json", action="store_true", help="one JSON object per question")
    ask.add_argument("value", metavar="QUESTION", help="question, or - to read one per line from stdin")
    show = sub.add_parser("show", help="print one article by its id", description="Print one article by its id.")
    show.add_argument("--json", action="store_true", help="one JSON object per article")
    show.add_argument("value", metavar="ARTICLE_ID", help="article id, or - to read one per line from stdin")
    copy = sub.add_parser("copy-index", help="copy the index into the other search backend",
                          description="Copy the index of NEWSBOT_SEARCH_BACKEND into the other backend (an empty "
                          "one), keeping first-seen times and file records, without reading the seed files again.")
    copy.add_argument("target", choices=SEARCH_BACKENDS, help="the backend to copy into")
    return {"ingest": ingest, "search": search, "ask": ask, "show": show, "copy-index": copy}


def build_parser() -> argparse.ArgumentParser:
    """`python -m search`: the library's own commands."""
    p = argparse.ArgumentParser(prog="python -m search", description="Search and ask a Chinese news collection.")
    add_commands(p.add_subparsers(dest="command", required=True, metavar="COMMAND"))
    return p


Lookup = Callable[[str], tuple[dict, str]]


def _lookup(engine: Engine, args: argparse.Namespace) -> Lookup:
    """What `search`, `ask` or `show` does with one input: (JSON object, readable text)."""
    limit = max(1, min(args.limit, MAX_LIMIT)) if args.command == "search" else 0

    def search(query: str) -> tuple[dict, str]:
        page = engine.search(query, 1, limit)
        return search_json(page), search_text(page)

    def ask(question: str) -> tuple[dict, str]:
        answer = engine.ask(question)
        return ask_json(question, answer), ask_text(question, answer)

    def show(article_id: str) -> tuple[dict, str]:
        article = engine.show(article_id.strip())
        return show_json(article_id, article), show_text(article_id, article)

    return {"search": search, "ask": ask, "show": show}[args.command]


Progress = Callable[[int, int], None]  # files done, files in all
Ingest = Callable[[Engine, bool, Progress], IngestReport]  # (engine, full, progress): one ingest run


def _plain_ingest(engine: Engine, full: bool, progress: Progress) -> IngestReport:
    return engine.ingest(full=full, progress=progress)


def run(args: argparse.Namespace, settings: Settings, ingest: Ingest = _plain_ingest) -> int:
    """Execute a parsed search-side command; `ingest` runs through *ingest* (the bot's
    command line records it for `newsbot status`)."""
    # The pool replaces a connection a restart closed by itself; its warning would be a
    # second line beside the command's own one-line account of the fault.
    logging.getLogger("psycopg.pool").setLevel(logging.ERROR)
    if args.command == "copy-index":
        return _copy(settings, args.target)
    engine = open_engine(settings)
    try:
        return _run(engine, args, ingest)
    finally:
        engine.close()


def _ingest(engine: Engine, full: bool, ingest: Ingest) -> IngestReport:
    """*ingest*, tried once more when the database connection was lost (a restart)."""
    try:
        return ingest(engine, full, _progress)
    except Exception as exc:
        if "psycopg" not in sys.modules:
            raise
        from search.index.backends.postgres.faults import lost

        if not lost(exc):
            raise
        print(f"newsbot: {' '.join(mask(str(exc)).split())}; trying once more", file=sys.stderr)
        time.sleep(RETRY_PAUSE)
        return ingest(engine, full, _progress)


def _run(engine: Engine, args: argparse.Namespace, ingest: Ingest) -> int:
    if args.command == "ingest":
        report = _ingest(engine, args.full, ingest)
        print(report_text(report))
        return 1 if report.error else 0
    engine.ensure_index()
    lookup = _lookup(engine, args)
    if args.command == "show" and args.value != "-" and engine.show(clean(args.value)[0]) is None:
        _emit([args.value], lookup, args.json)
        return 1
    _emit(_items(args.value), lookup, args.json)
    return 0


def _copy(settings: Settings, target_kind: str) -> int:
    """`copy-index TARGET`: the configured backend's index into the other one."""
    from search.index.backends import open_backend
    from search.index.copy import copy_index

    if target_kind == settings.search_backend:
        print(f"newsbot: the index already is in {target_kind} (NEWSBOT_SEARCH_BACKEND); "
              "name the other backend to copy into", file=sys.stderr)
        return 2
    source = open_backend(settings.search_backend, settings.index_dir, settings.database_url)
    target = open_backend(target_kind, settings.index_dir, settings.database_url)
    try:
        copied = copy_index(source, target, progress=lambda n: print(f"{n} articles copied…", file=sys.stderr))
    finally:
        source.close()
        target.close()
    print(f"copied {copied} articles from {source.location} to {target.location}; "
          f"set NEWSBOT_SEARCH_BACKEND={target_kind} to use it")
    return 0


def quiet_exit(main: Callable[[], int]) -> int:
    """Run *main*; a reader that went away (`| head`) or Ctrl-C ends it quietly, a bad
    setting prints one line (exit 78), and so does a file system error (exit 1)."""
    try:
        return main()
    except SettingsError as exc:
        print(f"newsbot: {mask(str(exc))}", file=sys.stderr)
        return EX_CONFIG
    except IndexUnavailable as exc:  # a missing or damaged index: one line, no traceback
        print(f"newsbot: {_database_line(exc) or ' '.join(mask(str(exc)).split())}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # Python's documented recipe: no second error while flushing
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except OSError as exc:  # an index or data folder that cannot be written, a full disk...
        print(f"newsbot: {mask(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except Exception as exc:  # a database fault (unreachable, read-only, full...): one line
        line = _database_line(exc)
        if line is None:
            raise
        print(f"newsbot: {line}", file=sys.stderr)
        return 1


def _database_line(exc: BaseException) -> str | None:
    """The one line for a PostgreSQL fault behind *exc* (psycopg loads only with PostgreSQL)."""
    if "psycopg" not in sys.modules:
        return None
    from search.index.backends.postgres.faults import fault_line

    return fault_line(exc)


def main(argv: list[str] | None = None) -> int:
    """Entry point of `python -m search`."""
    setup_logging()
    args = build_parser().parse_args(argv)
    return quiet_exit(lambda: run(args, load_settings()))
