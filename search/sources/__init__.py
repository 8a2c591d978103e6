"""Anything on disk -> Article records: plain text and page dumps, Markdown, HTML, feeds."""
from search.sources.files import load_articles, skip_reason
from search.text.decode import UnreadableFile

__all__ = ["UnreadableFile", "load_articles", "skip_reason"]
