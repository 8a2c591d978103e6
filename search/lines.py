"""Line-level rules for seed files: what is boilerplate, metadata, a title, a lead."""
from __future__ import annotations

import re
from dataclasses import dataclass

TERMINAL = "。！？!?…”」』）)】;；"

_BOILERPLATE = re.compile(
    r"\]\(|^\[|版权所有|ICP备|公网安备|网站地图|网站维护|邮政编码|^邮编|^地址[:：]|联系电话|"
    r"发行邮箱|^户名|^账号|^开户行|订阅下载|字号[:：]|建议使用.{0,20}浏览器|^官方(微信|微博)$|"
    r"^(您现在所在位置|当前位置)|^(责任编辑|本期编辑|责编|编辑|流程制作|审核|校对|监制)[:：]|"
    r"^\S+\.(jpe?g|png|gif|webp|bmp)$",
    re.IGNORECASE,
)
_AD_START = re.compile(r"^欢迎订阅|^(杂志社|报社)?订阅[(（]")
_SYMBOLS_ONLY = re.compile(r"^[\W_]+$")
_LEAD = re.compile(r"^(本报讯|本报[^\s，,。]{0,8}讯|新华社[^\s，,。]{0,12}电|[^\s，,。]{0,12}网讯)")
_LEAD_BYLINE = re.compile(r"^本报讯\s*[（(]?\s*(.{2,40}?)\s*(报道)?[）)]?\s*[:：]")
_BYLINE = re.compile(r"^(本报记者|本报通讯员|记者|通讯员|特约记者|\S{0,10}融媒(体)?(通讯员|记者))\s*\S")
_AUTHOR = re.compile(r"^(文|作者|撰文)\s*[:：]\s*(.+)$")
_DATE_META = re.compile(r"(?:发布)?(?:日期|时间)\s*[:：]\s*(\d{4})-(\d{1,2})-(\d{1,2})")
_SOURCE_META = re.compile(r"来源\s*[:：]\s*(\S+)")
_DATE_LINE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$")
_ORIGIN = re.compile(r"原载于\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*(《[^》]{1,30}》)?")
_BOOK = re.compile(r"《[^》]{1,30}》")
_CAPTION_END = re.compile(r"/?\s*摄\s*$")


@dataclass(frozen=True)
class Line:
    """A non-blank line and how many blank lines came before it."""

    text: str
    gap: int


def read_lines(text: str) -> list[Line]:
    """Non-blank, stripped lines with their preceding blank-line counts."""
    out, gap = [], 0
    for raw in text.split("\n"):
        line = raw.strip().replace("\u3000", " ").strip()
        if not line:
            gap += 1
            continue
        out.append(Line(line, gap))
        gap = 0
    return out


def join_fragments(lines: list[Line]) -> list[Line]:
    """Rejoin paragraphs that a page break cut mid-sentence (long line, no final stop)."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if (prev and len(prev.text) >= 80 and prev.text[-1] not in TERMINAL and line.gap <= 1
                and not is_heading(line.text) and not is_boilerplate(line.text)
                and not is_titlelike(line.text) and caption_credit(prev.text) is None):
            out[-1] = Line(prev.text + line.text, prev.gap)
        else:
            out.append(line)
    return out


def is_boilerplate(text: str) -> bool:
    """Navigation, footers, contact and bank details, image names, editor credits."""
    return bool(_BOILERPLATE.search(text) or _SYMBOLS_ONLY.match(text))


def starts_ad(text: str) -> bool:
    """A subscription advertisement begins here."""
    return bool(_AD_START.search(text))


def is_heading(text: str) -> bool:
    return text.startswith("#")


def heading(text: str) -> tuple[int, str]:
    """Markdown heading level and text."""
    level = len(text) - len(text.lstrip("#"))
    return level, text[level:].strip()


def is_lead(text: str) -> bool:
    """The opening of a news report (本报讯, 新华社...电)."""
    return bool(_LEAD.match(text))


def is_titlelike(text: str) -> bool:
    """Short, unpunctuated: a title, kicker or subheading."""
    return (len(text) <= 60 and not any(c in text for c in "。！？!?；;")
            and text[-1] not in ":：，,、" and not _DATE_LINE.match(text))


def byline_of(text: str) -> str | None:
    """The byline a line states, if the line is one."""
    m = _AUTHOR.match(text)
    if m:
        return m.group(2).strip()
    if len(text) <= 40 and "。" not in text and _BYLINE.match(text):
        return re.sub(r"\s+", " ", text)
    return None


def lead_byline(text: str) -> str | None:
    """'记者刘辉、通讯员刘芳红' out of '本报讯 记者刘辉、通讯员刘芳红报道:...'."""
    m = _LEAD_BYLINE.match(text)
    return m.group(1).strip() if m else None


def iso(y: str, m: str, d: str) -> str | None:
    """An ISO date, or None when the parts are not a real date."""
    import datetime

    try:
        return datetime.date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def meta_of(text: str) -> dict[str, str] | None:
    """Date and source from a metadata line ('日期：2023-11-21 来源：...'), else None."""
    date, source = _DATE_META.search(text), _SOURCE_META.search(text)
    if not (date or (source and text.startswith("来源"))):
        return None
    meta: dict[str, str] = {}
    if date and (value := iso(*date.groups())):
        meta["date"] = value
    if source:
        book = _BOOK.search(source.group(1))
        meta["source"] = book.group(0) if book else source.group(1)
    return meta


def date_line(text: str) -> str | None:
    """A line that is only a date (a signature), as ISO."""
    m = _DATE_LINE.match(text)
    return iso(*m.groups()) if m else None


def origin_of(text: str) -> tuple[str | None, str | None]:
    """Date and source from '原载于2024年7月16日《新疆日报》' anywhere in the text."""
    m = _ORIGIN.search(text)
    if not m:
        return None, None
    return iso(*m.groups()[:3]), m.group(4)


def caption_credit(text: str) -> tuple[str, str] | None:
    """Split a caption line ending in 摄 into (caption text, photographer)."""
    if not _CAPTION_END.search(text) or len(text) > 200:
        return None
    body = _CAPTION_END.sub("", text).strip()
    cut = max(body.rfind("。"), body.rfind("！"))
    if cut >= 0:
        return body[:cut + 1].strip(), body[cut + 1:].strip()
    parts = body.rsplit(None, 1)
    if len(parts) == 2 and len(parts[0]) >= 6 and not byline_of(parts[0]):
        return parts[0].strip(), parts[1]
    return "", body
