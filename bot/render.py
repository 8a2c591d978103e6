"""Pure functions that build the bot's messages as Telegram HTML, plus button specs.

Nothing here talks to Telegram; the handlers and the terminal chat both use it.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from search.model import Answer, Article, Hit, ResultPage, Snippet, Stats

LIMIT = 4096
PER_PAGE = 3
EXAMPLES = ("吐鲁番市有多少个互嵌式村庄？", "兵团精神的内涵是什么？", "昌吉市煤矿应急救援演练在哪个煤矿举行？")


@dataclass(frozen=True)
class Button:
    """An inline button: label and callback_data (at most 64 bytes)."""

    label: str
    data: str


@dataclass(frozen=True)
class Reply:
    """A message to send: HTML text and rows of buttons."""

    text: str
    buttons: tuple[tuple[Button, ...], ...] = field(default=())


def esc(text: str | None) -> str:
    """Escape text for Telegram HTML."""
    return html.escape(text or "", quote=False)


def marked(sn: Snippet) -> str:
    """Snippet text with its matched spans in bold, escaped."""
    out, at = [], 0
    for span in sn.spans:
        if span.start < at:
            continue
        out += [esc(sn.text[at:span.start]), "<b>", esc(sn.text[span.start:span.end]), "</b>"]
        at = span.end
    out.append(esc(sn.text[at:]))
    return "".join(out)


def one_line(text: str, width: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def meta(date: str | None, source: str | None) -> str:
    return " · ".join(x for x in (date, source) if x)


def hit_lines(n: int, hit: Hit) -> str:
    about = meta(hit.date, hit.source)
    head = f"{n}. <b>{esc(one_line(hit.title, 60)) or '（无标题）'}</b>" + (f"  <i>{esc(about)}</i>" if about else "")
    return f"{head}\n{esc(one_line(hit.snippet.text))}"


def results(query_key: str, page: ResultPage, answer: Answer | None = None) -> Reply:
    """The answer (if any) and one page of matching articles, with read and page buttons."""
    parts = []
    if answer is not None:
        a = answer.article
        parts.append(f"💡 {marked(answer.sentence)}\n—— <i>{esc(meta(a.title, meta(a.date, a.source)))}</i>")
    first = (page.page - 1) * page.per_page
    parts.append(f"相关文章（第 {page.page}/{page.pages} 页，共 {page.total} 篇）：")
    parts += [hit_lines(first + i + 1, h) for i, h in enumerate(page.hits)]
    reads = tuple(Button(f"阅读全文 {first + i + 1}", f"rd:{h.id}") for i, h in enumerate(page.hits))
    nav = []
    if page.page > 1:
        nav.append(Button("⬅️ 上一页", f"pg:{query_key}:{page.page - 1}"))
    if page.page < page.pages:
        nav.append(Button("下一页 ➡️", f"pg:{query_key}:{page.page + 1}"))
    rows = tuple(r for r in (reads, tuple(nav)) if r)
    return Reply(fit("\n\n".join(parts)), rows)


def inline_text(hit: Hit) -> str:
    """The message an inline result posts: title, snippet, source."""
    return fit(f"<b>{esc(one_line(hit.title, 200))}</b>\n{marked(hit.snippet)}\n"
               f"—— <i>{esc(meta(hit.date, hit.source) or hit.file)}</i>")


def no_match(query: str) -> Reply:
    """A friendly reply when nothing in the collection matches."""
    tips = "\n".join(f"• {esc(q)}" for q in EXAMPLES)
    return Reply(f"没有找到与「{esc(one_line(query, 40))}」相关的文章。\n"
                 f"可以换个说法，或试试这些问题：\n{tips}")


def welcome() -> Reply:
    tips = "\n".join(f"• {esc(q)}" for q in EXAMPLES)
    return Reply("你好！我可以回答关于新闻文章的问题，并给出出处。\n"
                 f"直接发送问题或关键词即可，例如：\n{tips}\n\n发送 /help 查看全部命令。")


def help_text() -> Reply:
    return Reply(
        "<b>用法</b>\n"
        "直接发送问题或关键词，我会给出答案和相关文章。\n"
        "关键词之间用空格表示都要包含；用引号 \"民族团结\" 搜索完整短语；用 -词 排除。\n\n"
        "/search 关键词 — 搜索文章\n"
        "/latest — 最新文章\n"
        "/subscribe [HH:MM] [关键词] — 订阅每日摘要（默认 08:00，北京时间）\n"
        "/unsubscribe — 取消订阅\n"
        "/stats — 资料库统计\n"
        "群组中：使用 /search@机器人 或 @机器人 提问。\n"
        "任意聊天中：输入 @机器人 关键词 使用内联搜索。")


def latest(hits: list[Hit]) -> Reply:
    if not hits:
        return Reply("资料库里还没有文章。")
    lines = ["<b>最新文章</b>"] + [hit_lines(i + 1, h) for i, h in enumerate(hits)]
    reads = tuple(Button(f"阅读全文 {i + 1}", f"rd:{h.id}") for i, h in enumerate(hits[:5]))
    return Reply(fit("\n\n".join(lines)), (reads,) if reads else ())


def digest(hits: list[Hit], query: str | None) -> Reply:
    """The daily digest of new articles."""
    head = "<b>每日摘要</b>" + (f"（关键词：{esc(query)}）" if query else "") + f" — {len(hits)} 篇新文章"
    lines = [head] + [hit_lines(i + 1, h) for i, h in enumerate(hits)]
    reads = [Button(f"阅读全文 {i + 1}", f"rd:{h.id}") for i, h in enumerate(hits[:8])]
    rows = tuple(tuple(reads[i:i + 4]) for i in range(0, len(reads), 4))
    return Reply(fit("\n\n".join(lines)), rows)


def stats(st: Stats, subscribed: bool) -> Reply:
    last = st.last_ingest or "尚未更新"
    sub = "本聊天已订阅每日摘要。" if subscribed else "本聊天未订阅每日摘要。"
    return Reply(f"文章：{st.articles} 篇\n文件：{st.files} 个\n最近更新：{esc(last)}\n{sub}")


def article(a: Article, limit: int = LIMIT) -> list[str]:
    """The full article as HTML messages of at most *limit* characters, split between paragraphs."""
    head = f"<b>{esc(one_line(a.title, 200)) or '（无标题）'}</b>"
    about = " · ".join(x for x in (a.date, a.source, a.byline) if x)
    if about:
        head += f"\n<i>{esc(about)}</i>"
    pieces = [head] + [esc(p) for para in a.text.split("\n") if para.strip()
                       for p in _split_long(para.strip(), limit)]
    messages, cur = [], ""
    for piece in pieces:
        if cur and len(cur) + 2 + len(piece) > limit:
            messages.append(cur)
            cur = piece
        else:
            cur = f"{cur}\n\n{piece}" if cur else piece
    if cur:
        messages.append(cur)
    return messages


def _split_long(para: str, limit: int) -> list[str]:
    """Cut a paragraph whose escaped form exceeds *limit*: at sentence ends, else anywhere."""
    if len(esc(para)) <= limit:
        return [para]
    units = []
    for sent in re.findall(r"[^。！？!?]*[。！？!?]+|[^。！？!?]+", para):
        while len(esc(sent)) > limit:
            n = _fitting_prefix(sent, limit)
            units.append(sent[:n])
            sent = sent[n:]
        units.append(sent)
    out, cur = [], ""
    for unit in units:
        if cur and len(esc(cur + unit)) > limit:
            out.append(cur)
            cur = unit
        else:
            cur += unit
    return out + ([cur] if cur else [])


def _fitting_prefix(text: str, limit: int) -> int:
    total = 0
    for i, c in enumerate(text):
        total += len(esc(c))
        if total > limit:
            return max(i, 1)
    return len(text)


def fit(text: str, limit: int = LIMIT) -> str:
    """Cut HTML built by this module to *limit* characters at a line break, keeping tags whole."""
    if len(text) <= limit:
        return text
    cut = text.rfind("\n", 0, limit - 2)
    return text[:cut if cut > 0 else 0].rstrip() + "\n…"


def plain(text: str) -> str:
    """HTML to plain text, for the terminal chat."""
    return html.unescape(re.sub(r"</?[a-z][^>]*>", "", text))
