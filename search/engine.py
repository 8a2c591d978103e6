"""Search, answers and lookups over the index: the library behind the CLI and the bot."""
from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from search.index.backends import open_backend
from search.index.backends.base import Backend, Reader
from search.index.ingest import Progress, ingest
from search.live_admin import LiveAdmin
from search.lookups import Lookups, recovering
from search.model import (
    Answer,
    Correction,
    IndexDamaged,
    IngestReport,
    ResultPage,
    Scope,
)
from search.params import RankingParams
from search.qa.answering import answering
from search.qa.answers import missing_kind
from search.qa.query import ParsedQuery, clean, is_question, parse, strip_question
from search.qa.ranking import Ranked, Ranker, Ranking
from search.qa.reprints import Signatures
from search.qa.scope import only_of, source_among
from search.qa.spelling import Speller
from search.qa.turns import turning_pages
from search.qa.when import Clock, today
from search.qa.within import best_within, holds_own, own_forms
from search.settings import Settings
from search.sources.live import LiveSources
from search.text.analysis import names, tagged
from search.text.normalize import normalize

__all__ = ["Engine", "open_engine"]  # what the bot and the CLI may use

MAX_PER_PAGE = 50  # Telegram shows at most 50 inline results; no page needs more
ASK_DEPTH = 3  # ask() ranks a page this deep: the answer comes from the first, re-ordered


class Engine(Lookups, LiveAdmin):
    """One index (a backend) and the seed folder it mirrors."""

    def __init__(self, index_dir: Path, seeds_dir: Path, live: LiveSources | None = None,
                 params: RankingParams | None = None, backend: Backend | None = None,
                 clock: Clock = time.time, seeds_owner: bool = True) -> None:
        """The backend defaults to the embedded one (an index folder at *index_dir*); *clock*
        says what day it is (今天, 上周, 最近 are resolved against it in Beijing time);
        *seeds_owner*: the seed folder is this machine's to index (NEWSBOT_SEEDS_OWNER)."""
        self.clock, self.seeds_owner = clock, seeds_owner
        self.index_dir, self.seeds_dir = Path(index_dir), Path(seeds_dir)
        self.backend: Backend = backend if backend is not None else open_backend("whoosh", self.index_dir)
        self.live = live  # RSS/Atom feeds fetched before each ingest
        self._prints = Signatures()  # reprint detection, by article id
        self.ranker = Ranker(params or RankingParams(), self._prints)
        self.speller = Speller()  # respellings from the index's words, rebuilt per commit
        self.stopping = threading.Event()  # set when the program stops: ingests end early
        self.building = threading.Event()  # set while an ingest builds the index from nothing

    def warm_up(self) -> None:
        """Load jieba's word tags and build the respelling maps of the current commit now
        (each takes a second or more: the tagger's model, pypinyin's dictionaries), so a
        worker's first question does not while it holds a database read and its reply's
        bound runs. Raises IndexUnavailable without an index (the tags are loaded first)."""
        tagged("预热")
        self.speller.lexicon(self.backend.reader())

    # -- index upkeep ---------------------------------------------------------
    def ensure_index(self) -> IngestReport | None:
        """Build the index when there is none yet or it is empty (a first build that
        failed), and rebuild it when it is damaged or an older version wrote it."""
        if self.backend.exists() and self.backend.current():
            try:
                reader = self.backend.reader()
                if reader.article_count() or reader.files():
                    return None
            except IndexDamaged:
                pass  # ingest says so in one line and rebuilds
        return self.ingest()

    def ingest(self, full: bool = False, progress: Progress | None = None) -> IngestReport:
        """Incrementally bring the index up to date with the seed folder, fetching the live
        sources first (a feed that fails keeps what it gave before). While it builds the
        index from nothing (missing, damaged, of an older version), `rebuilding` is True."""
        building = not self._holds_articles()
        if building:
            self.building.set()
        try:
            if self.live is not None:
                self.live.refresh(stop=self.stopping.is_set)
            return ingest(self.backend, self.seeds_dir, full=full, progress=progress,
                          stop=self.stopping.is_set, live_dir=self.live.out if self.live else None,
                          owner=self.seeds_owner)
        finally:
            if building:
                self.building.clear()

    @property
    def rebuilding(self) -> bool:
        """An ingest is building the index from nothing: a question that finds nothing may
        only find nothing yet."""
        return self.building.is_set()

    def _holds_articles(self) -> bool:
        """The index opens, is of this version and holds articles."""
        try:
            return self.backend.exists() and self.backend.current() and self.backend.reader().article_count() > 0
        except Exception:
            return False

    # -- queries --------------------------------------------------------------
    def search(self, query: str, page: int = 1, per_page: int = 10) -> ResultPage:
        """One page of hits above the relevance floor, best first."""
        return self.query(query, page, per_page, answer=False)[0]

    def ask(self, question: str) -> Answer | None:
        """The sentence of the best article that best answers *question*, or None."""
        return self.query(question, 1, ASK_DEPTH, answer=True)[1]

    @recovering
    def query(self, text: str, page: int = 1, per_page: int = 10,
              answer: bool = True) -> tuple[ResultPage, Answer | None]:
        """A page of hits and (if asked) the answer, from one ranking of the index. Time
        words and a named source limit the articles (search.qa.scope); with nothing else
        to match, the articles they allow are listed, newest first. A word the index lacks
        is respelled with its words (search.qa.spelling): a sure respelling that finds
        something is searched instead, for keywords or a question that found nothing; else
        it is only suggested (ResultPage.correction). A question that found articles keeps
        them: its other words found them, and a word the index lacks is often just that."""
        found, reply = self._query(text, page, per_page, answer)
        scope = found.scope
        if scope.listing or scope.absent or scope.bad_date:
            return found, reply
        said = self.speller.suggest(self.backend.reader(), text, slips=not found.total)
        if said is None:
            return found, reply
        if self._holds(found, said.words):
            return found, reply  # the articles found spell it so: no typo
        better, better_reply = self._query(said.query, page, per_page, answer)
        if not better.total:
            return found, reply
        if said.sure and (not found.total or not is_question(clean(text))):
            return replace(better, query=text, correction=Correction(said.query, said.words, True)), better_reply
        return replace(found, correction=Correction(said.query, said.words, False)), reply

    def turned(self, text: str, page: int = 1, per_page: int = 10,
               answer: bool = False) -> tuple[ResultPage, Answer | None]:
        """query() for a page turn of a query searched before: the candidates retrieved
        then are reused (search.qa.turns)."""
        with turning_pages():
            return self.query(text, page, per_page, answer)

    def _holds(self, found: ResultPage, words: Sequence[tuple[str, str]]) -> bool:
        """True when an article of *found* holds a word as typed (the index cut it otherwise)."""
        reader = self.backend.reader()
        for hit in found.hits:
            d = reader.document(hit.id) or {}
            text = normalize(f"{d.get('title') or ''}\n{d.get('body') or ''}").replace(" ", "")
            if any(said.replace(" ", "") in text for said, _meant in words):
                return True
        return False

    def _query(self, text: str, page: int, per_page: int, answer: bool) -> tuple[ResultPage, Answer | None]:
        page, per_page = max(1, page), max(1, min(per_page, MAX_PER_PAGE))
        parsed = parse(text, today(self.clock))
        reader = self.backend.reader()
        rk, scope = self._ranking(reader, parsed, page * per_page)
        if not rk.ranked or rk.broadened:
            parsed, rk, scope = self._read_again(reader, text, parsed, page * per_page, rk) or (parsed, rk, scope)
        ranked, lacking = self.ranker.for_question(parsed, rk)
        shown = ranked[(page - 1) * per_page: page * per_page]
        brief = scope.said is not None  # a window or source: the reply may list one-line summaries
        hits = tuple(self.as_hit(r, rk.forms, brief) for r in shown)
        asked = answer and not lacking and not rk.broadened and not scope.listing
        reply = self._answer(text, parsed, rk) if asked else None
        inexact = missing_kind(parsed.text, reply.sentence.text) if reply is not None else None
        reply = None if inexact else reply  # its sentence lacks what was asked: no answer
        return ResultPage(query=text, total=rk.total, page=page, per_page=per_page, hits=hits, inexact=inexact,
                          uncovered=lacking, broadened=rk.broadened, scope=scope), reply

    def _read_again(self, reader: Reader, text: str, parsed: ParsedQuery, want: int,
                    first: Ranking) -> tuple[ParsedQuery, Ranking, Scope] | None:
        """A query that found nothing, or no article holding all its words (*first*), read
        another way: a date as a keyword (2022年7月), or a keyword as the source it names
        (兵团 for 兵团日报, 喀什日报 巴旦木); None when no reading finds more."""
        again = []
        if parsed.window is not None and parsed.window.literal:
            again.append(parse(text, today(self.clock), literal_dates=False))
        said = parsed.text.split() + [c.word for c in parsed.concepts]
        word = source_among(reader, said) if parsed.source is None else None
        if word is not None:
            again.append(parse(clean(text).replace(word, f" 来源:{word} ", 1), today(self.clock)))
        for other in again:
            rk, scope = self._ranking(reader, other, want)
            if rk.ranked and (not first.ranked or not rk.broadened):
                return other, rk, scope
        return None

    def _ranking(self, reader: Reader, parsed: ParsedQuery, want: int) -> tuple[Ranking, Scope]:
        """The ranking of *parsed* within its window and source; a 最近 window that holds
        nothing is widened (a month, then a year)."""
        window = parsed.window
        while True:
            only, scope = only_of(reader, window, parsed.source)
            scope = replace(scope, bad_date=parsed.bad_date, listing=parsed.listing,
                            widened=window is not parsed.window)
            if scope.absent or parsed.bad_date:
                return Ranking([]), scope
            rk = self.ranker.listing(reader, only, want) if parsed.listing else self.ranker.rank(
                reader, parsed, want, only)
            wider = window.wider() if window is not None and not rk.ranked else None
            if wider is None:
                return rk, scope
            window = wider

    def _answer(self, text: str, parsed: ParsedQuery, rk: Ranking) -> Answer | None:
        """The best sentence of the article that answers (search.qa.answering), if any."""
        found = answering(rk, parsed, self.ranker.params)
        if found is None:
            return None
        top, sentence = found
        return Answer(question=text, sentence=sentence, article=self.as_hit(top, rk.forms))

    @recovering
    def ask_within(self, question: str, article_ids: Sequence[str], context: str = "",
                   own_words: bool = False) -> Answer | None:
        """A follow-up: the answer to *question* (具体是哪天？) about what *context* (the
        question before it) asked, from the first of *article_ids* that holds one, else
        from the whole index as ask() would; else the closest sentence of those articles,
        marked as lacking the kind of span asked (Answer.lacks). *own_words*: a question
        without a subject (吸引了多少游客？) is answered only by a sentence of those articles
        holding one of its own words, else None (to be searched afresh)."""
        asked = f"{strip_question(context).strip()} {question}".strip() if context else question
        parsed = parse(asked, today(self.clock))
        reader = self.backend.reader()
        rk = self.ranker.rank(reader, parsed, ASK_DEPTH)
        own = own_forms(reader, question, self.ranker.params) if context else rk.forms
        closest = None
        for article_id in article_ids:
            d = reader.document(article_id) if article_id else None
            if d is None:
                continue
            best = best_within(d.get("body") or "", d.get("title") or "", own, rk.forms, parsed.text,
                               self.ranker.params)
            if best is None or (own_words and not holds_own(best, own)):
                continue
            lacks = missing_kind(parsed.text, best.text)
            found = Answer(question=question, sentence=best, article=self.as_hit(Ranked(d, 0.0), rk.forms),
                           lacks=lacks)
            if not lacks:
                return found
            closest = closest or found
        return closest if own_words else self.ask(asked) or closest

    def names(self, text: str) -> list[str]:
        """The places and names in *text* (a follow-up swaps one for another: 那克拉玛依呢？)."""
        return names(text)

    def close(self) -> None:
        """Give back the backend's connections and open files (when the program stops)."""
        self.backend.close()
        if self.live is not None:
            self.live.close()

def open_engine(settings: Settings) -> Engine:
    """The engine the settings describe, with its live sources (NEWSBOT_FEEDS and the feeds
    admins added, kept in the data folder)."""
    from search.sources.fetch import Limits
    from search.text.analysis import CACHE_FOLDER, cache_in

    cache_in(settings.data_dir / CACHE_FOLDER)  # jieba's dictionary cache: never the shared temp folder
    limits = Limits(timeout=settings.feed_timeout, max_bytes=settings.feed_max_bytes,
                    host_delay=settings.feed_host_delay, allow_hosts=settings.feed_allow_hosts)
    live = LiveSources(settings.data_dir, settings.feeds, limits, settings.database_url)
    backend = open_backend(settings.search_backend, settings.index_dir, settings.database_url,
                           settings.database_replica_url, statement_timeout=settings.db_statement_timeout,
                           connect_wait=settings.db_connect_wait)
    return Engine(settings.index_dir, settings.seeds_dir, live, backend=backend, seeds_owner=settings.seeds_owner)
