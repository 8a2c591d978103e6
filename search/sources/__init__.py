"""Anything on disk -> Article records: plain text and page dumps, Markdown, HTML, feeds."""
from search.decode import UnreadableFile
from search.sources.files import load_articles, skip_reason

__all__ = ["UnreadableFile", "load_articles", "skip_reason"]
