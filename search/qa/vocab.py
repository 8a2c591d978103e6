"""A query's concepts checked against the index's vocabulary: which forms exist, how rare
each is (idf weights), jieba's query-side mistakes mended, compounds found."""
from __future__ import annotations

import math

from search.index.backends.base import Reader, Retrieval, Term
from search.index.documents import naming_text
from search.params import RankingParams
from search.qa.coverage import Resolved, max_match
from search.qa.heads import asked_head
from search.qa.names import LONE_FREQ
from search.qa.query import Concept, ParsedQuery
from search.text.analysis import analyze, dict_tag, general_freq, is_surname
from search.text.sentences import Weighted

# Words this common in jieba's dictionary (开始, 大量, 时期, 由于; not 兵团 or 通车) make a
# compound of a turn of phrase. Capping every compound lost the seed question 兵团精神的内涵是什么
# (its article lacks 内涵); realtext halves (seed 26) with 3000 against 5000: +6 right on tune,
# the same on check; figures against no cap in docs/answers.md (stop 39).
PLAIN_FREQ = 3000

RARE_CHAR_DOCS, RARE_CHAR_SHARE = 3, 50  # "rare in the index": in at most 3 articles or a 50th of them


class Vocabulary:
    """Lookups against one reader of the index."""

    def __init__(self, reader: Reader, params: RankingParams) -> None:
        self.reader, self.params = reader, params
        self.n = max(1, reader.article_count())

    def df(self, form: str) -> int:
        """Articles holding *form* in the title or the body (the larger of the two)."""
        return self.reader.df(form)

    def idf(self, df: int) -> float:
        return math.log(1 + (self.n - df + 0.5) / (df + 0.5))

    def resolve(self, parsed: ParsedQuery) -> tuple[list[list[Resolved]], list[Weighted]]:
        """Concept groups with their indexed forms and weights, and the forms to highlight."""
        multi = any(len(c.word) > 1 for c in parsed.concepts)
        head = asked_head(parsed.text) if parsed.natural else None
        groups: list[list[Resolved]] = []
        for group in parsed.groups:
            resolved = []
            for c in self.reseg(group, parsed.text):
                if c.measure:
                    resolved.append(self.measure(c))
                    continue
                if len(c.word) == 1 and multi and not c.word.isascii() and not self.rare_char(c.word):
                    continue  # a stray character next to real words says little
                known = tuple(f for f in c.forms if self.df(f))
                if not known and not c.word.isdigit():
                    known = self.containing(c.word)
                if not known and self.misjoined(c):
                    resolved.append(self.by_pieces(c))
                    continue
                resolved.append(Resolved(c.word, known, self.weight(c.word, known), c.pos,
                                         dfs=tuple(self.df(f) for f in known)))
            if resolved:
                groups.append(self.compounds(resolved, head))
        forms = [Weighted(id(r), f, r.weight, f == r.word or not r.known or r.word not in r.known)
                 for g in groups for r in g for f in (r.known or (r.word,))]
        forms += [Weighted(-i - 1, p.replace(" ", ""), self.params.phrase_weight) for i, p in enumerate(parsed.phrases)]
        return groups, forms

    def measure(self, c: Concept) -> Resolved:
        """A date or number with its unit: retrieved by its indexed parts, matched whole."""
        df = self.df(c.word)
        if df:  # indexed as a number+unit form
            return Resolved(c.word, (c.word,), self.idf(df), c.pos, dfs=(df,))
        parts = [(p, self.df(p)) for p, _p, _s, _e in analyze(c.word) if p != c.word]
        parts = [(p, d) for p, d in dict(parts).items() if d]
        if not parts:
            return Resolved(c.word, (), self.idf(0) * self.params.unknown_boost, c.pos)
        weight = max(self.idf(d) for _p, d in parts) * self.params.measure_boost
        return Resolved(c.word, (c.word,), weight, c.pos, tuple(p for p, _d in parts), tuple(d for _p, d in parts))

    def misjoined(self, c: Concept) -> bool:
        """A two-character word no article holds and jieba's dictionary lacks, made by its
        guesser of two common characters that each stand alone in the index (边住 in
        哪一边住的人, 内换 in 两年内换一次). A real word the articles lack (口令, 信使) still
        weighs as one; so does a name: the question's first word (汤石渔港在哪里) or a word
        starting with a surname. A two-character verb of the dictionary no article holds (写明,
        开立, 所写 once 谁 is blanked out of 为谁所写) is a rare way of saying, never a name:
        it too is matched by its characters. Realtext halves (seed 26), fresh capture: +8 / +4
        right answers, no more wrong ones, no negative answered more."""
        word = c.word
        if len(word) != 2 or c.pos == 0 or not all("\u4e00" <= ch <= "\u9fff" for ch in word):
            return False
        if dict_tag(word) == "v":  # a rare verb (写明, 开立, 所写): a way of saying, never a name
            return all(self.df(ch) for ch in word)
        if general_freq(word) or is_surname(word[0]):
            return False
        return all(general_freq(ch) >= LONE_FREQ and self.df(ch) for ch in word)

    def by_pieces(self, c: Concept) -> Resolved:
        """A misjoined word weighed by its rarer character and matched by both, not counted
        as a rare word the article lacks."""
        df = min(self.df(ch) for ch in c.word)
        return Resolved(c.word, (), self.idf(df), c.pos, pieces=tuple(c.word))

    def rare_char(self, char: str) -> bool:
        """A character that is a word of its own, rare in general Chinese and in the index
        (蓍, a plant): unlike a stray character, it names what the question is about."""
        return general_freq(char) < LONE_FREQ and 0 < self.df(char) <= max(RARE_CHAR_DOCS, self.n // RARE_CHAR_SHARE)

    def weight(self, word: str, known: tuple[str, ...]) -> float:
        """idf of the word itself, else of its rarest known form; unknown words weigh most."""
        df = self.df(word) or min((self.df(f) for f in known), default=0)
        return self.idf(df) * (self.params.unknown_boost if df == 0 else 1.0)

    def known(self, c: Concept) -> bool:
        return any(self.df(f) for f in c.forms)

    def containing(self, word: str) -> tuple[str, ...]:
        """Indexed words that contain *word* (part-of-word and single-character search)."""
        return self.reader.words_containing(word, self.params.max_expansion)

    def reseg(self, group: list[Concept], said: str = "") -> list[Concept]:
        """Re-cut runs of adjacent unknown or one-character words against the index's
        vocabulary, mending jieba's query-side mistakes (区非/遗 -> 非遗); characters cut
        apart that stand together in *said* (the question) and in the index as one word
        are that word (「俗讲」 cut 俗 / 讲)."""
        out: list[Concept] = []
        run: list[Concept] = []
        for c in group:
            odd = (len(c.word) == 1 or not self.known(c)) and not c.word.isascii() and not c.measure
            if odd and (not run or c.pos == run[-1].pos + 1):
                run.append(c)
                continue
            out.extend(self._recut(run, said))
            run = [c] if odd else []
            if not odd:
                out.append(c)
        return out + self._recut(run, said)

    def _recut(self, run: list[Concept], said: str) -> list[Concept]:
        if not run:
            return []
        text = "".join(c.word for c in run)
        found = max_match(text, lambda w: self.df(w) > 0)
        covered = sum(len(w) for w, _ in found)
        odd = any(not self.known(c) and len(c.word) > 1 for c in run) and covered * 2 >= len(text)
        whole = len(run) > 1 and text in said and covered == len(text) and all(len(w) > 1 for w, _ in found)
        if odd or whole:
            return [Concept(w, (w,), run[0].pos + i) for i, (w, _) in enumerate(found)]
        return run

    def whole_names(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """The names an article must hold, re-cut with the index's vocabulary: a word the index
        lacks that is an indexed word after one character not a surname (中柯燕琼: 柯燕琼, but
        not 兰比尔: 比尔) stands for that word; an unknown name made wholly of indexed words
        (two or more characters each) needs only its parts."""
        out: list[str] = []
        for word in words:
            parts = [] if self.df(word) or len(word) < 3 else max_match(word, lambda w: self.df(w) > 0)
            if len(parts) == 1 and parts[0] == (word[1:], 1) and not is_surname(word[0]):
                out.append(word[1:])
            elif len(parts) > 1 and not general_freq(word) and sum(len(p) for p, _ in parts) == len(word):
                out.extend(p for p, _ in parts)
            else:
                out.append(word)
        return tuple(dict.fromkeys(out))

    def written(self, word: str, words: list[str], df: int) -> bool:
        """True when an article writes *words* as one compound *word*, not only parted by
        punctuation (两国的关系，因为… is no 关系因为; 在日本武士时代 is 日本武士). The index
        puts the words of a clause's end and the next's start side by side: a question gluing
        them would weigh a rare compound that every article lacks in place of two words many
        hold. Read only for compounds few articles hold (compound_read_df); commoner ones are
        taken as written. (Taking a name's dot or a hyphen as joining, 阿尔伯特·爱因斯坦 or
        80-90, gave 2 right answers fewer on each cached realtext half.)"""
        if df > self.params.compound_read_df:
            return True
        found = self.reader.candidates(Retrieval(tuple((Term(w),) for w in words), require_all=True,
                                                 phrases=(tuple(words),), limit=df))
        return any(word in naming_text(c.doc) for c in found.found)

    def compounds(self, group: list[Resolved], head: str | None = None) -> list[Resolved]:
        """Adjacent query words that stand together in the corpus, rarer than either alone,
        count as one concept (兵团 + 精神 -> 兵团精神). Two words both common in general
        Chinese (PLAIN_FREQ) seldom side by side (开始 + 大量) are a turn of phrase, not a
        rare name: they weigh no more than the two words apart. The noun a which-question
        asks about (*head*: 哪一个部族建立的, 台湾哪一县市) joins no compound: the answer
        stands in its place (鲜卑慕容氏建立的), so the article never says the two together."""
        out: list[Resolved] = []
        for r in group:
            prev = out[-1] if out else None
            if (prev and prev.phrase is None and r.pos == prev.pos + 1 and prev.known and r.known
                    and head not in (prev.word, r.word)):
                pair = (self.df(prev.word), self.df(r.word))
                if min(pair) <= self.params.compound_max_df:
                    words = [prev.word, r.word]
                    df = self.reader.phrase_df(words)
                    if df and df < min(pair) and self.written("".join(words), words, df):
                        weight = self.idf(df)
                        if all(general_freq(w) >= PLAIN_FREQ for w in words):  # 开始 + 大量, not 兵团 + 精神
                            weight = min(weight, prev.weight + r.weight)
                        out[-1] = Resolved("".join(words), ("".join(words),), weight, r.pos,
                                           tuple(words), pair)
                        continue
            out.append(r)
        return out
