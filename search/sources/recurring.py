"""Page chrome learned from the collection: a short line that is not a sentence and recurs
across the files of one folder (a site's navigation, footer, login box, spam line, the
heading of its related-headline list) is chrome, whatever the line lists say.

What is learned is kept per file as the keys of its candidate lines (stored with the file's
record in the index), so an ingest counts the folder's lines without re-reading its files,
and a file read again alone is cleaned exactly as when it was read with its siblings."""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from posixpath import dirname

from search.sources.normal import normalise

MIN_FILES = 3  # a line in this many files of one folder is the site's, not an article's
MAX_CHARS = 50  # longer lines are text (or caught by the line rules); never counted
NEAR = 4  # non-blank lines: a repeat this close is the same page's (a headline said again)
_WS = re.compile(r"\s+")
_SENTENCE = re.compile(r"[。！？!?；;]")
# Never chrome however often they recur: section headings of documents (一、 （二） 第三章)
# and e-paper page headers, which the parser reads for structure.
_STRUCTURE = re.compile(r"^([一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．]|"
                        r"第[一二三四五六七八九十\d]+[章节部分条]|第?\s*[A-Za-z]?\d{1,3}\s*版)")


def line_key(line: str) -> str | None:
    """The key of a line that could be chrome (short, not a sentence), else None. Lines that
    differ only in spacing share a key."""
    text = _WS.sub("", normalise(line))
    if not 2 <= len(text) <= MAX_CHARS or _SENTENCE.search(text) or _STRUCTURE.match(text):
        return None
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def line_keys(text: str) -> list[str]:
    """The sorted, distinct keys of a file's candidate lines: what its record stores."""
    return sorted({k for raw in text.split("\n") if (k := line_key(raw)) is not None})


def repeated_keys(text: str) -> frozenset[str]:
    """Keys of candidate lines that recur MIN_FILES times or more within one text: the
    header or footer of each page of a site dumped into one file. A repeat within NEAR
    lines of the one before counts once: a page says its headline and its outlet's name
    two or three times together above the story, a site says its chrome once a page."""
    counts: Counter[str] = Counter()
    last: dict[str, int] = {}
    for at, raw in enumerate(x for x in text.split("\n") if x.strip()):
        if (k := line_key(raw)) is not None:
            counts[k] += k not in last or at - last[k] > NEAR
            last[k] = at
    return frozenset(k for k, n in counts.items() if n >= MIN_FILES)


class Recurring:
    """How many files of each folder hold each candidate line, kept up to date file by file."""

    def __init__(self, per_file: Mapping[str, Iterable[str]] | None = None) -> None:
        self.files: dict[str, frozenset[str]] = {}
        self.counts: dict[str, Counter[str]] = {}
        self._chrome: dict[str, frozenset[str]] = {}  # by folder, until its counts change
        for rel, keys in (per_file or {}).items():
            self.record(rel, keys)

    def record(self, rel: str, keys: Iterable[str]) -> None:
        """Record (or replace) the candidate lines of file *rel*."""
        self.remove(rel)
        self.files[rel] = frozenset(keys)
        self.counts.setdefault(dirname(rel), Counter()).update(self.files[rel])
        self._chrome.pop(dirname(rel), None)

    def remove(self, rel: str) -> None:
        """Forget file *rel*."""
        old = self.files.pop(rel, None)
        if old:
            self.counts[dirname(rel)].subtract(old)
            self._chrome.pop(dirname(rel), None)

    def chrome(self, rel: str) -> frozenset[str]:
        """The keys that are chrome in the folder of file *rel*."""
        return self.folder_chrome(dirname(rel))

    def folder_chrome(self, folder: str) -> frozenset[str]:
        """The keys that are chrome in *folder*."""
        if folder not in self._chrome:
            counts = self.counts.get(folder, Counter())
            self._chrome[folder] = frozenset(k for k, n in counts.items() if n >= MIN_FILES)
        return self._chrome[folder]

    def snapshot(self) -> dict[str, frozenset[str]]:
        """The chrome keys of every folder, to compare with after an update (relearn)."""
        return {folder: self.folder_chrome(folder) for folder in self.counts}

    def relearn(self, before: Mapping[str, frozenset[str]]) -> set[str]:
        """Files whose cleaning changes because their folder's chrome changed since *before*
        (a snapshot): they hold a line that became chrome or stopped being chrome."""
        changed = {folder: self.folder_chrome(folder) ^ before.get(folder, frozenset())
                   for folder in set(before) | set(self.counts)}
        return {rel for rel, keys in self.files.items() if keys & changed.get(dirname(rel), frozenset())}
