"""Anything on disk -> Article records: plain text and page dumps, Markdown, HTML, feeds."""
from search.sources.files import chrome_keys, load_articles, skip_reason
from search.sources.recurring import Recurring
from search.text.decode import UnreadableFile

__all__ = ["Recurring", "UnreadableFile", "chrome_keys", "load_articles", "skip_reason"]
