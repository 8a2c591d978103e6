"""What administrators read about the files they send the bot (/uploads, /delupload)."""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.render.html import esc, fit
from bot.render.reply import Reply
from search.model import IngestReport, Upload, UploadOutcome

KINDS = ".txt、.md、.html、.xml"
MAX_MB = 2  # search/sources/uploads.py MAX_BYTES, in the words admins read
TITLES_LISTED = 5  # titles named in a reply (then counted)
TITLE_WIDTH = 40
NUMBER_WIDTH = 10  # characters of a bad /delupload argument echoed back
_REFUSALS = {
    "type": f"只接受 {KINDS} 文件（纯文本、Markdown、网页或 RSS/Atom）。",
    "size": f"文件太大：上传的文章最大 {MAX_MB} MB。",
    "unreadable": "文件是空的，或不是可识别编码（UTF-8、GBK、Big5）的文本。",
    "no_articles": "文件里没有找到文章（正文为空，或只有导航、页脚等网页框架）。",
    "no_store": "这个机器人没有数据文件夹，不能保存上传的文件。",
    "download": "文件下载失败，请稍后再发一次。",
}


def upload_refused(name: str, why: str) -> Reply:
    """A file not taken, and why; nothing was kept."""
    return Reply(f"未添加 {esc(fit(name, TITLE_WIDTH))}：{_REFUSALS.get(why, esc(why))}")


def uploads_admins_only() -> Reply:
    """A file sent by someone who is not an administrator."""
    return Reply("谢谢！不过只有管理员可以通过发送文件添加文章。想找新闻的话，直接发问题给我就好。")


def _titles(titles: tuple[str, ...]) -> str:
    shown = "、".join(f"《{esc(fit(t, TITLE_WIDTH))}》" for t in titles[:TITLES_LISTED])
    return shown + (f"等 {len(titles)} 篇" if len(titles) > TITLES_LISTED else "")


def uploaded(outcome: UploadOutcome, report: IngestReport | None) -> Reply:
    """A file taken: the articles found in it, and whether the ingest that followed worked."""
    upload = outcome.upload
    if upload is None:
        return upload_refused("", outcome.refused or "")
    if not outcome.new:
        return Reply(f"这个文件已经上传过（{esc(fit(upload.name, TITLE_WIDTH))}），文章：{_titles(upload.titles)}。")
    head = f"已添加 {esc(fit(upload.name, TITLE_WIDTH))}，文章：{_titles(upload.titles)}。"
    if report is None or report.error:
        why = esc(report.error) if report is not None and report.error else "另一次更新正在进行"
        return Reply(f"{head}\n暂未编入资料库（{why}），将在下次更新时编入。")
    return Reply(f"{head}\n已编入资料库，现在就可以搜索。删除请用 /delupload（编号见 /uploads）。")


def uploads(items: list[Upload]) -> Reply:
    """/uploads: every file admins sent, numbered for /delupload, with its articles."""
    if not items:
        return Reply(f"还没有上传的文件。管理员在私聊中发送 {KINDS} 文件即可添加文章。")
    lines = ["上传的文件（删除：/delupload 编号）："]
    for i, upload in enumerate(items, 1):
        when = dt.datetime.fromtimestamp(upload.added, ZoneInfo("Asia/Shanghai")).strftime("%Y-%m-%d %H:%M")
        lines.append(f"{i}. {esc(fit(upload.name, TITLE_WIDTH))}（{when}）：{_titles(upload.titles)}")
    return Reply(fit("\n".join(lines)))


def delupload_usage() -> Reply:
    """/delupload without a number."""
    return Reply("用法：/delupload 编号（编号见 /uploads）。")


def upload_removed(upload: Upload | None, number: str, report: IngestReport | None) -> Reply:
    """/delupload N: removed (and the ingest that took its articles out), or no such upload."""
    if upload is None:
        return Reply(f"没有编号为 {esc(fit(number, NUMBER_WIDTH))} 的上传文件，请先用 /uploads 查看。")
    done = "已移出资料库" if report is not None and not report.error else "将在下次更新时移出资料库"
    return Reply(f"已删除上传的文件 {esc(fit(upload.name, TITLE_WIDTH))}，它的文章{done}。")
