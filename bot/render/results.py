"""Articles as the user reads them: numbered results with the answer, /latest, the daily
digest, inline results and the full article, each with its buttons."""
from __future__ import annotations

import html
from dataclasses import dataclass

from bot import buttons
from bot.render.html import LIMIT, esc, fit, link_of, linked, marked, meta, one_line, paragraphs
from bot.render.reply import Button, Reply
from bot.render.summary import summary_button, summary_lines
from search.model import Answer, Article, Correction, Hit, ResultPage, Scope, Summary

PER_PAGE = 3  # results per page
LATEST_PAGE = 5  # articles per page of /latest
TITLE_WIDTH = 60  # characters of a title in a list
FULL_TITLE_WIDTH = 200  # ... heading a full article or an inline result's message
SNIPPET_WIDTH = 160
SOURCE_WIDTH = 20  # characters of an outlet's name
REPRINTS_SHOWN = 5  # other outlets named under a result
UNCOVERED_SHOWN = 3  # words no article has, named when there is no answer
DIGEST_ROW = 4  # 阅读全文 buttons per row under a digest (one for every entry)
DIGEST_ROOM = 60  # characters kept free under a digest's entries for the "另有 N 篇" line
INLINE_TITLE_WIDTH, INLINE_DESCRIPTION_WIDTH = 100, 60
UNTITLED = "（无标题）"
PREVIOUS_LABEL, NEXT_LABEL = "⬅️ 上一页", "下一页 ➡️"
SOURCE_LABEL = "原文"
SAID_WIDTH = 30  # characters of the user's time words or a source echoed back
SUGGESTED_WIDTH = 20  # characters of a respelled query on its button
PHOTO_LABEL = "（图片新闻）"  # before a stand-alone photo item's title; not part of its text


def shown_title(title: str, kind: str, width: int) -> str:
    """A title as a list shows it (plain text): photo items are labelled."""
    return (PHOTO_LABEL if kind == "caption" else "") + one_line(title, width)


def source_button(url: str | None) -> Button | None:
    """The 原文 button that opens the article where it was published."""
    link = link_of(url)
    return Button(SOURCE_LABEL, url=link) if link else None


def source_line(url: str | None) -> str:
    """'原文：…' as an HTML line (empty when there is no usable address)."""
    link = link_of(url)
    return f'\n{SOURCE_LABEL}：<a href="{html.escape(link, quote=True)}">{esc(link)}</a>' if link else ""


def read_button(number: int, hit: Hit) -> Button:
    """阅读全文 N: the full article."""
    return Button(f"阅读全文 {number}", buttons.read(hit.id))


def hit_lines(n: int, hit: Hit, summary: bool = False) -> str:
    """A numbered result: title, date and source (linked to the original), snippet (with
    *summary*, the one-line lead instead), and the other outlets that carried the story."""
    if hit.source:
        source = linked(one_line(hit.source, SOURCE_WIDTH), hit.url)
    else:
        source = linked(SOURCE_LABEL, hit.url) if link_of(hit.url) else ""
    about = " · ".join(x for x in (esc(hit.date) if hit.date else "", source) if x)
    title = esc(shown_title(hit.title, hit.kind, TITLE_WIDTH)) or UNTITLED
    head = f"{n}. <b>{title}</b>" + (f"  <i>{about}</i>" if about else "")
    also = ""
    if hit.reprints:
        names = [linked(one_line(reprint.source or reprint.title, SOURCE_WIDTH), reprint.url)
                 for reprint in hit.reprints[:REPRINTS_SHOWN]]
        more = f" 等 {len(hit.reprints)} 家" if len(hit.reprints) > REPRINTS_SHOWN else ""
        also = "\n另见：" + "、".join(names) + more
    text = hit.summary if summary and hit.summary else one_line(hit.snippet.text, SNIPPET_WIDTH)
    return f"{head}\n{esc(text)}{also}"  # snippets and summaries come cut between words


def days(scope: Scope) -> str:
    """The window's days, e.g. 2024-03-07 至 2024-03-13."""
    if scope.first == scope.last:
        return f"{scope.first}"
    return f"{scope.first} 至 {scope.last}"


def scope_line(scope: Scope) -> str:
    """The line above results limited to a window or a source (empty when not limited)."""
    parts = []
    if scope.said is not None:
        said = esc(one_line(scope.said, SAID_WIDTH))
        if scope.widened:
            parts.append(f"「{said}」（近 7 天）没有文章，已放宽到 {days(scope)}。")
        else:
            parts.append(f"时间：{said}（{days(scope)}，北京时间）。")
    if scope.sources:
        parts.append("来源：" + "、".join(esc(one_line(s, SAID_WIDTH)) for s in scope.sources) + "。")
    return " ".join(parts)


def correction_line(fix: Correction) -> str:
    """What a respelled query searched, or the question whether it was meant."""
    said = esc(one_line(fix.query, SAID_WIDTH))
    return f"已按「{said}」搜索。" if fix.applied else f"你是不是要找「{said}」？"


def suggested_button(fix: Correction, key: str) -> Button:
    """The button that searches the respelled query (*key*: its page key)."""
    return Button(f"🔍 {one_line(fix.query, SUGGESTED_WIDTH)}", buttons.suggested(key))


# What each kind of question asks for (search.qa.kinds), as the reply names it.
ASKED = {"when": "日期", "duration": "时长", "count": "数量", "who": "人物或单位", "where": "地点", "why": "原因"}


def declined(uncovered: tuple[str, ...] = (), kind: str | None = None, closest: str = "以下是最接近的相关文章") -> str:
    """Why there is no answer above the *closest* articles (or sentence): words no article
    has, or no sentence of the closest article saying the *kind* of thing asked (a date for 哪天)."""
    if uncovered:
        words = "、".join(f"「{esc(word)}」" for word in uncovered[:UNCOVERED_SHOWN])
        why = f"没有文章涉及{words}"
    else:
        why = f"没有句子正好说出所问的{ASKED.get(kind or '', '内容')}"
    return f"{why}，无法回答这个问题。{closest}，仅供参考。"


def _preamble(page: ResultPage, answer: Answer | None) -> list[str]:
    """The answer, or why there is none, above the first page of results."""
    parts = [scope_line(page.scope)] if page.page == 1 and scope_line(page.scope) else []
    if page.correction is not None and page.page == 1:
        parts.append(correction_line(page.correction))
    if answer is not None:
        cited = answer.article
        attribution = meta(cited.title, meta(cited.date, cited.source))
        parts.append(f"💡 {marked(answer.sentence)}\n—— <i>{esc(attribution)}</i>")
    elif (page.uncovered or page.inexact) and page.page == 1:
        parts.append(declined(page.uncovered, page.inexact))
    if page.broadened and page.page == 1:
        parts.append("没有文章同时包含全部关键词，以下文章只包含其中一部分。")
    return parts


def results(query_key: str | None, page: ResultPage, answer: Answer | None = None, brief: bool = False,
            suggested_key: str | None = None) -> Reply:
    """The answer (if any) and one page of matching articles, with read, summary and page
    buttons (no page buttons when *query_key* is None: the query could not be remembered);
    *brief*: each article with its one-line summary (what happened in a window);
    *suggested_key*: the key of the respelling the engine suggested, for its button."""
    first = (page.page - 1) * page.per_page
    parts = _preamble(page, answer)
    parts.append(f"相关文章（第 {page.page}/{page.pages} 页，共 {page.total} 篇）：")
    parts += [hit_lines(first + i + 1, h, summary=brief) for i, h in enumerate(page.hits)]
    reads = tuple(read_button(first + i + 1, h) for i, h in enumerate(page.hits))
    summaries = tuple(summary_button(first + i + 1, h.id) for i, h in enumerate(page.hits))
    nav = []
    if query_key is not None and page.page > 1:
        nav.append(Button(PREVIOUS_LABEL, buttons.results(query_key, page.page - 1)))
    if query_key is not None and page.page < page.pages:
        nav.append(Button(NEXT_LABEL, buttons.results(query_key, page.page + 1)))
    source = source_button(answer.article.url) if answer is not None else None
    fix = page.correction
    ask = (suggested_button(fix, suggested_key),) if fix is not None and suggested_key and page.page == 1 else ()
    rows = tuple(r for r in (ask, reads, summaries, tuple(nav), (source,) if source else ()) if r)
    return Reply(fit("\n\n".join(parts)), rows)


def answer_only(answer: Answer, published: str = "") -> Reply:
    """A follow-up's answer (具体是哪天？): the sentence and its article, to read in full; a
    sentence lacking what was asked (Answer.lacks) is shown as the closest, not as an answer.
    *published* (2024年10月15日): a when-question about an article whose sentence dates
    nothing, or only relatively (今年, 日前), answered with the article's own date, said as such."""
    cited = answer.article
    head = f"{declined(kind=answer.lacks, closest='最接近的一句如下')}\n" if answer.lacks else "💡 "
    if published:
        head = f"💡 文中没有写明具体日期；这篇报道发布于{published}。相关的一句：\n"
    text = f"{head}{marked(answer.sentence)}\n—— <i>{esc(meta(cited.title, meta(cited.date, cited.source)))}</i>"
    source = source_button(cited.url)
    rows = ((Button("阅读全文", buttons.read(cited.id)),) + ((source,) if source else ()),)
    return Reply(fit(text), rows, about=cited.id)


def did_you_mean(query: str, fix: Correction, key: str | None) -> Reply:
    """Nothing found, and a respelling that may be what was meant, with its button."""
    head = f"没有找到与「{esc(one_line(query, SAID_WIDTH))}」相关的文章。{correction_line(fix)}"
    return Reply(head, ((suggested_button(fix, key),),) if key else ())


def inline_text(hit: Hit) -> str:
    """The message an inline result posts: title, snippet, source."""
    return fit(f"<b>{esc(shown_title(hit.title, hit.kind, FULL_TITLE_WIDTH))}</b>\n{marked(hit.snippet)}\n"
               f"—— <i>{esc(meta(hit.date, hit.source) or hit.file)}</i>{source_line(hit.url)}")


@dataclass(frozen=True)
class InlineResult:
    """One inline-mode result: what the list shows and the message it posts."""

    title: str
    description: str
    message: str


def inline_result(hit: Hit) -> InlineResult:
    """An article as an inline-mode result."""
    description = meta(hit.date, hit.source) or one_line(hit.snippet.text, INLINE_DESCRIPTION_WIDTH)
    return InlineResult(shown_title(hit.title, hit.kind, INLINE_TITLE_WIDTH), description, inline_text(hit))


def latest(hits: list[Hit], page: int = 1, more: bool = False) -> Reply:
    """One page of the newest articles, with read buttons and 上一页/下一页."""
    if not hits:
        return Reply("资料库里还没有文章。" if page == 1 else "没有更早的文章了。")
    first = (page - 1) * LATEST_PAGE
    lines = [f"<b>最新文章</b>（第 {page} 页）"] + [hit_lines(first + i + 1, h) for i, h in enumerate(hits)]
    reads = tuple(read_button(first + i + 1, h) for i, h in enumerate(hits))
    back = (Button(PREVIOUS_LABEL, buttons.latest(page - 1)),) if page > 1 else ()
    forward = (Button(NEXT_LABEL, buttons.latest(page + 1)),) if more else ()
    return Reply(fit("\n\n".join(lines)), tuple(r for r in (reads, back + forward) if r))


def digest(hits: list[Hit], query: str | None, weekly: bool = False) -> Reply:
    """The daily (or weekly) digest of new articles: one entry per story (its reprints
    named under it) with a one-line summary, and a 阅读全文 button for every entry. Entries
    that would pass Telegram's length are left out, and counted."""
    name = "每周摘要" if weekly else "每日摘要"
    head = f"<b>{name}</b>" + (f"（关键词：{esc(query)}）" if query else "") + f" — {len(hits)} 篇新文章"
    text, shown = head, 0
    for i, h in enumerate(hits):
        entry = "\n\n" + hit_lines(i + 1, h, summary=True)
        if len(text) + len(entry) > LIMIT - DIGEST_ROOM:
            break
        text, shown = text + entry, i + 1
    if shown < len(hits):
        text += f"\n\n……另有 {len(hits) - shown} 篇，发送 /latest 查看。"
    reads = [read_button(i + 1, h) for i, h in enumerate(hits[:shown])]
    rows = tuple(tuple(reads[i:i + DIGEST_ROW]) for i in range(0, len(reads), DIGEST_ROW))
    return Reply(text, rows)


def article(full: Article, told: Summary | None = None, limit: int = LIMIT) -> list[str]:
    """The full article as HTML messages of at most *limit* characters, split between
    paragraphs; its summary (*told*) first."""
    head = f"<b>{esc(shown_title(full.title, full.kind, FULL_TITLE_WIDTH)) or UNTITLED}</b>"
    about = " · ".join(x for x in (full.date, full.source, full.byline) if x)
    if about:
        head += f"\n<i>{esc(about)}</i>"
    head += source_line(full.url)
    if told is not None and summary_lines(told):
        head += "\n\n" + summary_lines(told)
    return paragraphs(head, full.text, limit)
