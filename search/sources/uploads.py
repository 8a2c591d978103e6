"""Files admins send the bot: checked, cut into articles to say what they hold, kept in the
live store (SQLite, or PostgreSQL shared by every machine) and written out beside the feed
files, so every machine's ingest reads them like the seed folder's files."""
from __future__ import annotations

import hashlib
import time
from pathlib import Path, PurePosixPath

from search.model import Upload, UploadOutcome
from search.sources.files import load_articles
from search.sources.livestore import LiveStore
from search.text.decode import UnreadableFile, decode

EXTENSIONS = (".txt", ".md", ".html", ".xml")  # the kinds of news files the ingest reads
# A long article is some 50 KB of text, a page dump a few hundred; 2 MB holds a feed of
# hundreds of items while keeping each row of the shared database small (Telegram lets bots
# download up to 20 MB, which would be a book, not an article).
MAX_BYTES = 2 * 1024 * 1024
FOLDER = "uploads"  # below the live sources' output folder
TITLES_SHOWN = 10  # titles kept with an upload (a feed may hold hundreds)


def refusal(name: str, size: int | None) -> str | None:
    """Why a file called *name* of *size* bytes is not taken ("type", "size"), or None.
    Checked before it is downloaded."""
    if PurePosixPath(name.lower()).suffix not in EXTENSIONS:
        return "type"
    if size is not None and size > MAX_BYTES:
        return "size"
    return None


def file_name(upload: Upload) -> str:
    """Where an upload is written, relative to the output folder: named by its text's
    digest, so its article ids are the same on every machine."""
    return f"{FOLDER}/{upload.key[:16]}{PurePosixPath(upload.name.lower()).suffix}"


def add(store: LiveStore, name: str, data: bytes) -> UploadOutcome:
    """Check a file's bytes and keep it; refused (nothing kept) when its type or size is
    wrong, it is not text, or no article is found in it."""
    why = refusal(name, len(data))
    if why is not None:
        return UploadOutcome(None, refused=why)
    try:
        text = decode(data)
    except UnreadableFile:
        return UploadOutcome(None, refused="unreadable")
    key = hashlib.sha1(text.encode("utf-8", "surrogateescape")).hexdigest()
    upload = Upload(key, PurePosixPath(name).name, time.time())
    articles = load_articles(file_name(upload), data)
    titles = tuple(a.title for a in articles if a.title)[:TITLES_SHOWN]
    if not articles:
        return UploadOutcome(None, refused="no_articles")
    upload = Upload(upload.key, upload.name, upload.added, titles)
    new = store.add_upload(upload, text)
    kept = next((u for u in store.uploads() if u.key == key), upload)
    return UploadOutcome(kept, new=new)


def remove(store: LiveStore, n: int) -> Upload | None:
    """Forget the n-th upload (1-based, oldest first); None when there is no such upload."""
    uploads = store.uploads()
    if not 1 <= n <= len(uploads):
        return None
    store.delete_upload(uploads[n - 1].key)
    return uploads[n - 1]


def write(store: LiveStore, out: Path) -> None:
    """Write every upload into out/uploads (a file rewritten only when missing); files of
    removed uploads go."""
    folder = out / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    wanted = set()
    for upload in store.uploads():
        path = out / file_name(upload)
        wanted.add(path.name)
        text = None if path.exists() else store.upload_text(upload.key)
        if text is not None:
            tmp = path.with_suffix(".tmp")
            tmp.write_text(text, "utf-8")
            tmp.replace(path)
    for path in folder.iterdir():
        if path.name not in wanted:
            path.unlink()
