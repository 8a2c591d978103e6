"""Settings, read once from the environment (and a .env file in the working directory)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import load_dotenv


@dataclass(frozen=True)
class Settings:
    """Every setting the project reads; see .env.example."""

    seeds_dir: Path = Path("seeds")
    index_dir: Path = Path("var/index")
    data_dir: Path = Path("var")
    telegram_token: str = field(default="", repr=False)  # never printed
    telegram_base_url: str = "https://api.telegram.org/bot"
    admin_ids: frozenset[int] = frozenset()
    reingest_minutes: float = 5.0
    digest_time: str = "08:00"
    timezone: str = "Asia/Shanghai"


def _ids(raw: str) -> frozenset[int]:
    return frozenset(int(x) for x in raw.replace(" ", "").split(",") if x.lstrip("-").isdigit())


def load_settings(env: dict[str, str] | None = None, dotenv: bool = True) -> Settings:
    """Build Settings from *env* (default: os.environ after loading .env)."""
    if env is None:
        if dotenv:
            load_dotenv(Path.cwd() / ".env", override=False)
        env = dict(os.environ)
    d = Settings()
    return Settings(
        seeds_dir=Path(env.get("NEWSBOT_SEEDS_DIR") or d.seeds_dir),
        index_dir=Path(env.get("NEWSBOT_INDEX_DIR") or d.index_dir),
        data_dir=Path(env.get("NEWSBOT_DATA_DIR") or d.data_dir),
        telegram_token=(env.get("TELEGRAM_BOT_TOKEN") or "").strip(),
        telegram_base_url=env.get("NEWSBOT_TELEGRAM_BASE_URL") or d.telegram_base_url,
        admin_ids=_ids(env.get("NEWSBOT_ADMIN_IDS") or ""),
        reingest_minutes=float(env.get("NEWSBOT_REINGEST_MINUTES") or d.reingest_minutes),
        digest_time=env.get("NEWSBOT_DIGEST_TIME") or d.digest_time,
    )
