"""Pure functions that build the bot's messages as Telegram HTML, plus button specs.

Nothing here talks to Telegram; the handlers and the terminal chat both use it.
"""
from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from search.model import Answer, Article, FeedStatus, Hit, IngestReport, ResultPage, Snippet, Stats

LIMIT = 4096
PER_PAGE = 3
LATEST_PAGE = 5
TIMEZONE = "Asia/Shanghai"
BOLD_ON, BOLD_OFF = "\033[1m", "\033[0m"
EXAMPLES = ("吐鲁番市有多少个互嵌式村庄？", "兵团精神的内涵是什么？", "昌吉市煤矿应急救援演练在哪个煤矿举行？")


@dataclass(frozen=True)
class Button:
    """An inline button: label and callback_data (at most 64 bytes), or a link to open."""

    label: str
    data: str = ""
    url: str | None = None


def link_of(url: str | None) -> str | None:
    """The article's web address when it is one Telegram can open (http/https), else None."""
    if url and re.match(r"https?://[^\s<>\"]+$", url) and len(url) <= 2000:
        return url
    return None


def source_button(url: str | None) -> Button | None:
    """The 原文 button that opens the article where it was published."""
    link = link_of(url)
    return Button("原文", url=link) if link else None


def source_line(url: str | None) -> str:
    """'原文：…' as an HTML line (empty when there is no usable address)."""
    link = link_of(url)
    return f'\n原文：<a href="{html.escape(link, quote=True)}">{esc(link)}</a>' if link else ""


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


def linked(label: str, url: str | None) -> str:
    """*label* as HTML, a link to *url* when Telegram can open it."""
    link = link_of(url)
    return f'<a href="{html.escape(link, quote=True)}">{esc(label)}</a>' if link else esc(label)


def hit_lines(n: int, hit: Hit) -> str:
    """A numbered result: title, date and source (linked to the original), snippet, and
    the other outlets that carried the same story."""
    source = linked(one_line(hit.source, 20), hit.url) if hit.source else (linked("原文", hit.url) if link_of(hit.url) else "")
    about = " · ".join(x for x in (esc(hit.date) if hit.date else "", source) if x)
    head = f"{n}. <b>{esc(one_line(hit.title, 60)) or '（无标题）'}</b>" + (f"  <i>{about}</i>" if about else "")
    also = ""
    if hit.reprints:
        names = [linked(one_line(r.source or r.title, 20), r.url) for r in hit.reprints[:5]]
        more = f" 等 {len(hit.reprints)} 家" if len(hit.reprints) > 5 else ""
        also = "\n另见：" + "、".join(names) + more
    return f"{head}\n{esc(one_line(hit.snippet.text, 160))}{also}"  # snippets come cut between words


def results(query_key: str | None, page: ResultPage, answer: Answer | None = None) -> Reply:
    """The answer (if any) and one page of matching articles, with read and page buttons
    (no page buttons when *query_key* is None: the query could not be remembered)."""
    parts = []
    if answer is not None:
        a = answer.article
        parts.append(f"💡 {marked(answer.sentence)}\n—— <i>{esc(meta(a.title, meta(a.date, a.source)))}</i>")
    elif page.uncovered and page.page == 1:
        words = "、".join(f"「{esc(w)}」" for w in page.uncovered[:3])
        parts.append(f"没有文章涉及{words}，无法回答这个问题。以下是最接近的相关文章，仅供参考。")
    if page.broadened and page.page == 1:
        parts.append("没有文章同时包含全部关键词，以下文章只包含其中一部分。")
    first = (page.page - 1) * page.per_page
    parts.append(f"相关文章（第 {page.page}/{page.pages} 页，共 {page.total} 篇）：")
    parts += [hit_lines(first + i + 1, h) for i, h in enumerate(page.hits)]
    reads = tuple(Button(f"阅读全文 {first + i + 1}", f"rd:{h.id}") for i, h in enumerate(page.hits))
    nav = []
    if query_key is not None and page.page > 1:
        nav.append(Button("⬅️ 上一页", f"pg:{query_key}:{page.page - 1}"))
    if query_key is not None and page.page < page.pages:
        nav.append(Button("下一页 ➡️", f"pg:{query_key}:{page.page + 1}"))
    source = source_button(answer.article.url) if answer is not None else None
    rows = tuple(r for r in (reads, tuple(nav), (source,) if source else ()) if r)
    return Reply(fit("\n\n".join(parts)), rows)


def inline_text(hit: Hit) -> str:
    """The message an inline result posts: title, snippet, source."""
    return fit(f"<b>{esc(one_line(hit.title, 200))}</b>\n{marked(hit.snippet)}\n"
               f"—— <i>{esc(meta(hit.date, hit.source) or hit.file)}</i>{source_line(hit.url)}")


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
        "/latest — 最新文章（可翻页）\n"
        "/read 文章编号 — 阅读全文\n"
        "/subscribe [HH:MM] [关键词] — 订阅每日摘要（默认 08:00，北京时间；群组中仅限管理员）\n"
        "/unsubscribe — 取消订阅\n"
        "/stats — 资料库统计\n"
        "/feeds、/addfeed 网址、/delfeed 编号 — 管理 RSS/Atom 订阅源（仅限管理员私聊）\n"
        "群组中：使用 /search@机器人 或 @机器人 提问。\n"
        "任意聊天中：输入 @机器人 关键词 使用内联搜索。")


def latest(hits: list[Hit], page: int = 1, more: bool = False) -> Reply:
    """One page of the newest articles, with read buttons and 上一页/下一页 (lt:PAGE)."""
    if not hits:
        return Reply("资料库里还没有文章。" if page == 1 else "没有更早的文章了。")
    first = (page - 1) * LATEST_PAGE
    lines = [f"<b>最新文章</b>（第 {page} 页）"] + [hit_lines(first + i + 1, h) for i, h in enumerate(hits)]
    reads = tuple(Button(f"阅读全文 {first + i + 1}", f"rd:{h.id}") for i, h in enumerate(hits))
    nav = ((Button("⬅️ 上一页", f"lt:{page - 1}"),) if page > 1 else ()) + \
          ((Button("下一页 ➡️", f"lt:{page + 1}"),) if more else ())
    return Reply(fit("\n\n".join(lines)), tuple(r for r in (reads, nav) if r))


def digest(hits: list[Hit], query: str | None) -> Reply:
    """The daily digest of new articles."""
    head = "<b>每日摘要</b>" + (f"（关键词：{esc(query)}）" if query else "") + f" — {len(hits)} 篇新文章"
    lines = [head] + [hit_lines(i + 1, h) for i, h in enumerate(hits)]
    reads = [Button(f"阅读全文 {i + 1}", f"rd:{h.id}") for i, h in enumerate(hits[:8])]
    rows = tuple(tuple(reads[i:i + 4]) for i in range(0, len(reads), 4))
    return Reply(fit("\n\n".join(lines)), rows)


def local_time(stamp: str | None, tz: str = TIMEZONE) -> str | None:
    """An ISO time stamp (any offset) as Beijing time, e.g. 2026-11-23 03:34（北京时间）."""
    if not stamp:
        return None
    try:
        when = dt.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S%z")
    except ValueError:
        return stamp
    return when.astimezone(ZoneInfo(tz)).strftime("%Y-%m-%d %H:%M") + "（北京时间）"


def stats(st: Stats, subscribed: bool) -> Reply:
    """Collection figures; times in Beijing time like every other time the bot shows."""
    last = local_time(st.last_ingest) or "尚未更新"
    sub = "本聊天已订阅每日摘要。" if subscribed else "本聊天未订阅每日摘要。"
    return Reply(f"文章：{st.articles} 篇\n文件：{st.files} 个\n最近更新：{esc(last)}\n{sub}")


def article(a: Article, limit: int = LIMIT) -> list[str]:
    """The full article as HTML messages of at most *limit* characters, split between paragraphs."""
    head = f"<b>{esc(one_line(a.title, 200)) or '（无标题）'}</b>"
    about = " · ".join(x for x in (a.date, a.source, a.byline) if x)
    if about:
        head += f"\n<i>{esc(about)}</i>"
    head += source_line(a.url)
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


def terminal(text: str, bold: bool) -> str:
    """HTML to terminal text: <b> as ANSI bold when *bold* (a tty), otherwise plain."""
    if bold:
        text = re.sub(r"<b>(.*?)</b>", lambda m: BOLD_ON + m.group(1) + BOLD_OFF, text, flags=re.S)
    return plain(text)


def terminal_footer(reads: list[str], back: bool, more: bool, links: list[str] = ()) -> str:
    """What the terminal shows instead of buttons."""
    parts = ["阅读全文：/read " + " | /read ".join(reads)] if reads else []
    parts += [f"原文：{link}" for link in links]
    nav = ([] if not back else ["上一页（p）"]) + ([] if not more else ["下一页（n）"])
    if nav:
        parts.append("翻页：输入 " + " 或 ".join(nav))
    return "（" + "；".join(parts) + "）" if parts else ""


def no_page(forward: bool) -> Reply:
    """下一页/上一页 typed when there is no such page."""
    return Reply("已经是最后一页了。" if forward else "已经是第一页了。")


def terminal_intro() -> str:
    return "（本地终端聊天：输入问题或命令，/help 查看命令，/quit 退出。）"


def command_menu(language: str) -> list[tuple[str, str]]:
    """The command menu Telegram shows: Chinese by default, English for "en"."""
    if language == "en":
        return [("start", "Start"), ("help", "How to use the bot"), ("search", "Search articles"),
                ("latest", "Newest articles"), ("subscribe", "Daily digest [HH:MM] [keywords]"),
                ("unsubscribe", "Stop the daily digest"), ("stats", "Collection figures")]
    return [("start", "开始使用"), ("help", "帮助"), ("search", "搜索文章"), ("latest", "最新文章"),
            ("subscribe", "订阅每日摘要 [HH:MM] [关键词]"), ("unsubscribe", "取消订阅"), ("stats", "资料库统计")]


def stale_button() -> Reply:
    return Reply("这个按钮已失效，请重新提问。")


def sorry() -> Reply:
    return Reply("抱歉，出了点问题，请稍后再试。")


def index_unavailable() -> Reply:
    """The index is missing or damaged and is being rebuilt."""
    return Reply("资料库正在重建，请稍后再试。")


def error_report(kind: str, message: str, where: str) -> Reply:
    """The short report sent to NEWSBOT_ERROR_CHAT_ID."""
    return Reply(f"⚠️ newsbot 出错：<code>{esc(kind)}</code> {esc(one_line(message, 300))}"
                 + (f"\n位置：<code>{esc(where)}</code>" if where else "") + "\n详情见日志。")


def unknown_command(command: str) -> Reply:
    return Reply(f"没有 {esc(one_line(command, 40))} 这个命令。发送 /help 查看可用的命令。")


def too_fast() -> Reply:
    return Reply("您发送得太快了，请稍等几秒再提问。")


def search_usage() -> Reply:
    return Reply("用法：/search 关键词，例如 /search 民族团结")


def read_usage() -> Reply:
    return Reply("用法：/read 文章编号，例如 /read 0123456789abcdef（编号见搜索结果的「阅读全文」）。")


def no_article(article_id: str) -> Reply:
    return Reply(f"没有编号为 {esc(one_line(article_id, 40))} 的文章。")


def subscribe_usage(default_at: str = "08:00") -> Reply:
    return Reply("用法：/subscribe [HH:MM] [关键词]\n时间为北京时间 00:00–23:59，例如 /subscribe 08:00、"
                 f"/subscribe 7:30 葡萄。不写时间则每天 {esc(default_at)} 推送。")


def subscribed(at: str, query: str | None) -> Reply:
    what = f"包含「{esc(query)}」的新文章" if query else "所有新文章"
    return Reply(f"已订阅：每天 {at}（北京时间）推送{what}的摘要。发送 /unsubscribe 可取消。")


def unsubscribed(had: bool) -> Reply:
    return Reply("已取消订阅。" if had else "本聊天没有订阅。发送 /subscribe 订阅每日摘要。")


def group_admins_only() -> Reply:
    return Reply("抱歉，只有本群的管理员可以更改或取消本群的订阅。")


def admins_only() -> Reply:
    return Reply("此命令仅限管理员使用。")


def reindexed(r: IngestReport) -> Reply:
    """What /reindex did, and anything the admin should act on."""
    if r.error:
        return Reply(f"更新失败，仍使用上次的资料库：{esc(r.error)}")
    lines = [f"更新完成：新增文件 {r.added}，修改 {r.changed}，删除 {r.removed}，未变 {r.unchanged}；"
             f"文章 +{r.articles_added} −{r.articles_removed}。"]
    if r.kept_missing:
        lines.append(f"注意：资料文件夹一次少了 {r.kept_missing} 个文件，可能未挂载或同步失败，已保留这些文章。"
                     "如确已删除，请发送 /reindex full。")
    return Reply("\n".join(lines))


_FEED_ERRORS = {"timeout": "超时未响应", "too_large": "内容过大，超过大小限制", "redirects": "重定向过多（循环跳转）",
                "malformed": "不是可读的 RSS/Atom 订阅源", "unreachable": "无法连接"}


def feed_error(error: str) -> str:
    """A feed's last error in words (http:503 -> 服务器返回 HTTP 503)."""
    kind, _, detail = error.partition(":")
    if kind == "http":
        return f"服务器返回 HTTP {esc(detail)}"
    return _FEED_ERRORS.get(kind, esc(error))


def feeds(items: list[FeedStatus]) -> Reply:
    """/feeds: every live source, numbered for /delfeed, with its state."""
    if not items:
        return Reply("还没有订阅源。发送 /addfeed 网址 添加 RSS/Atom 订阅源，或在 NEWSBOT_FEEDS 中设置。")
    lines = ["<b>订阅源</b>"]
    for n, f in enumerate(items, 1):
        name = esc(one_line(f.title or "", 40)) or "（尚未抓取）"
        origin = "（来自 NEWSBOT_FEEDS 设置）" if f.origin == "settings" else ""
        state = f"⚠️ {feed_error(f.error)}（连续失败 {f.failures} 次）" if f.error else \
            (f"✅ {f.items} 条" if f.checked else "⏳ 等待下次更新")
        lines.append(f"{n}. {name}{origin}\n<code>{esc(f.url)}</code>\n{state}")
    lines.append("删除：/delfeed 编号")
    return Reply(fit("\n\n".join(lines)))


def addfeed_usage() -> Reply:
    return Reply("用法：/addfeed 网址，例如 /addfeed https://example.com/rss.xml（RSS 或 Atom，http/https）。")


def feed_added(url: str, added: bool, minutes: float) -> Reply:
    if not added:
        return Reply(f"该订阅源已在列表中：<code>{esc(url)}</code>")
    return Reply(f"已添加订阅源：<code>{esc(url)}</code>\n将在下次定时更新时抓取（每 {minutes:g} 分钟），"
                 "也可发送 /reindex 立即更新。发送 /feeds 查看状态。")


def delfeed_usage() -> Reply:
    return Reply("用法：/delfeed 编号（编号见 /feeds）。")


def feed_removed(f: FeedStatus | None, n: str) -> Reply:
    """/delfeed N: removed, not found, or set in NEWSBOT_FEEDS (removed there)."""
    if f is None:
        return Reply(f"没有编号为 {esc(one_line(n, 10))} 的订阅源。发送 /feeds 查看列表。")
    if f.origin == "settings":
        return Reply(f"该订阅源来自 NEWSBOT_FEEDS 设置，请在设置中删除：<code>{esc(f.url)}</code>")
    return Reply(f"已删除订阅源：{esc(f.title or f.url)}。它的文章将在下次更新时移出资料库。")


def private_only() -> Reply:
    return Reply("请在与机器人的私聊中使用此命令。")
