"""What admins change of the live sources behind the Engine: the feeds fetched before each
ingest and the files they sent (search/sources/live.py). A mixin: the Engine gives it `live`,
None when there is no data folder to keep them in."""
from __future__ import annotations

from search.model import FeedStatus, Upload, UploadOutcome
from search.sources.live import LiveSources


class LiveAdmin:
    """Feeds and uploaded files, as the bot's admin commands and the CLI change them."""

    live: LiveSources | None

    # -- live sources ---------------------------------------------------------
    def feeds(self) -> list[FeedStatus]:
        """The live sources and the state of each (empty without a data folder)."""
        return self.live.feeds() if self.live is not None else []

    def add_feed(self, url: str) -> bool:
        """Add a feed URL (checked by the caller); False when already listed."""
        return self.live is not None and self.live.add(url)

    def feed_refusal(self, url: str) -> str | None:
        """Why *url* will not be fetched (a private address: search/sources/addresses.py), or None."""
        from search.sources.addresses import url_refusal

        return url_refusal(url, self.live.limits.allow_hosts if self.live is not None else frozenset())

    def remove_feed(self, n: int) -> FeedStatus | None:
        """Remove the n-th feed when an admin added it (see LiveSources.remove)."""
        return self.live.remove(n) if self.live is not None else None

    # -- files admins sent (search/sources/uploads.py) -----------------------------
    def upload_refusal(self, name: str, size: int | None) -> str | None:
        """Why a file of this name and size is not taken ("type", "size"), before downloading it."""
        from search.sources.uploads import refusal

        return refusal(name, size)

    def add_upload(self, name: str, data: bytes) -> UploadOutcome:
        """Keep a file an admin sent for the next ingest (ingest() reads it), or say why not."""
        return self.live.add_upload(name, data) if self.live is not None else UploadOutcome(None, refused="no_store")

    def uploads(self) -> list[Upload]:
        """The files admins sent, oldest first (empty without a data folder)."""
        return self.live.uploads() if self.live is not None else []

    def remove_upload(self, n: int) -> Upload | None:
        """Forget the n-th upload; its articles go with the next ingest."""
        return self.live.remove_upload(n) if self.live is not None else None
