"""Blocking work (index searches, SQLite) off the event loop, on a small dedicated pool.

Two threads for searches: the search code is pure Python, so more threads would only contend for the
GIL with the event loop. Ingests run on asyncio's default executor instead, so a long
ingest never holds up answers.
"""
from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

_POOL = ThreadPoolExecutor(max_workers=2, thread_name_prefix="newsbot-search")
# what an answer can do without (the flood check, the chat's context) waits on the store
# apart: a call held by a table lock or a stalled database keeps a thread until its statement
# timeout, and on the search pool two of them would leave the questions none
_ASIDE = ThreadPoolExecutor(max_workers=4, thread_name_prefix="newsbot-aside")


async def blocking(fn: Callable[..., Any], *args: Any) -> Any:
    """Run fn(*args) on the search pool and await its result."""
    return await asyncio.get_running_loop().run_in_executor(_POOL, functools.partial(fn, *args))


async def aside(fn: Callable[..., Any], *args: Any) -> Any:
    """Run fn(*args), a store call an answer can do without, on its own pool and await it."""
    return await asyncio.get_running_loop().run_in_executor(_ASIDE, functools.partial(fn, *args))
