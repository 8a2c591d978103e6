"""Markdown files as the plain lines the text splitter reads: front matter made a heading
and a metadata line; emphasis, quotes, images, links and list marks gone."""
from __future__ import annotations

import re


def from_markdown(text: str) -> str:
    """Markdown as plain lines: front matter read, emphasis, quotes, images and links gone,
    headings kept as '#' lines."""
    text = _front_matter(text)
    out = []
    for raw in text.split("\n"):
        line = re.sub(r"^\s*(>\s*)+", "", raw)
        line = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", line)
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
        line = re.sub(r"<!--.*?-->|</?[a-zA-Z][^>]*>", "", line)
        line = re.sub(r"\*\*|__|~~|`", "", line)
        line = re.sub(r"(?<![\w*])\*(?=\S)([^*]+?)\*", r"\1", line)
        line = re.sub(r"^\s*([-*+]|\d{1,3}\.)\s+(?=\S)", "", line)
        out.append("" if re.fullmatch(r"\s*([-*_=]\s*){3,}", line) else line)
    return "\n".join(out)


def _front_matter(text: str) -> str:
    """YAML front matter (title/date/source/author) as a heading and a metadata line."""
    m = re.match(r"\ufeff?---\n(.*?)\n---\n", text, re.DOTALL)
    if not m:
        return text
    fields = dict(re.findall(r"^(\w+)\s*:\s*[\"']?(.*?)[\"']?\s*$", m.group(1), re.MULTILINE))
    head = [f"# {fields['title']}"] if fields.get("title") else []
    meta = [f"{k}：{fields[f]}" for k, f in (("日期", "date"), ("来源", "source"), ("作者", "author")) if fields.get(f)]
    return "\n".join(head + ([" ".join(meta)] if meta else []) + [""]) + text[m.end():]
