"""Settings declared once. Each setting is a dataclass field made by setting(): its
environment variable, default, check (which holds its bounds), help text and, for a
secret, how a bad value is shown. From those declarations come loading (the environment,
after ./.env), the checks (SettingsError naming the variable, the value and what is
expected; the programs exit with status 78), .env.example and the README's settings table
(`python -m bot.settings --write` rewrites both; a test fails when they disagree).
search/settings.py declares the search library's settings, bot/settings.py the bot's."""
from __future__ import annotations

import argparse
import dataclasses
import io
import logging
import os
import re
import textwrap
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dotenv import dotenv_values, load_dotenv

EX_CONFIG = 78  # sysexits.h: configuration error
VARIABLE_NAME_SHOWN = 40  # characters of a malformed .env line's variable name shown
README_BEGIN, README_END = "<!-- settings:begin -->", "<!-- settings:end -->"
ENV_EXAMPLE_HEADER = ("# Copy to .env and fill in. Every setting newsbot reads is listed here with its default.\n"
                      "# Generated from search/settings.py and bot/settings.py: python -m bot.settings --write\n")
_KEY = "newsbot.setting"  # where a field's Setting is kept in its metadata


class SettingsError(ValueError):
    """A setting with a value the program cannot use."""

    def __init__(self, variable: str, value: str, expected: str, message: str = "") -> None:
        super().__init__(message or f"{variable}={value!r} is not valid: expected {expected}")
        self.variable, self.value, self.expected = variable, value, expected


def invalid(value: str, expected: str) -> SettingsError:
    """The error a check raises; reading the setting names its variable (and masks a secret)."""
    return SettingsError("", value, expected)


@dataclass(frozen=True)
class Setting:
    """One environment variable: its check (raw text to value, raising SettingsError), its
    help (Markdown), its default as written in .env, and *mask* for a secret's value."""

    variable: str
    check: Callable[[str], Any]
    help: str
    text: str
    mask: Callable[[str], str] | None = None

    def read(self, env: Mapping[str, str], check: Callable[[str], Any] | None = None) -> Any:
        """The checked value of this variable in *env* (blank means the default)."""
        value = env.get(self.variable)
        raw = self.text if value is None or not value.strip() else value.strip()
        try:
            return (check or self.check)(raw)
        except SettingsError as err:
            shown = self.mask(err.value) if self.mask else err.value
            raise SettingsError(self.variable, shown, err.expected) from None


def setting(variable: str, default: Any, check: Callable[[str], Any], help: str, *,
            text: str | None = None, mask: Callable[[str], str] | None = None) -> Any:
    """A dataclass field read from *variable*: *default* (written *text* in .env, by default
    derived from it), *check*, *help*; with *mask*, a secret kept out of repr and messages."""
    row = Setting(variable, check, help, as_text(default) if text is None else text, mask)
    return field(default=default, repr=mask is None, metadata={_KEY: row})


def as_text(value: Any) -> str:
    """A default as written in .env: numbers without a needless .0, nothing for none."""
    if value is None or value == () or value == frozenset():
        return ""
    return f"{value:g}" if isinstance(value, float) else str(value)


def declared(cls: type, inherited_from: type | None = None) -> dict[str, Setting]:
    """The settings of dataclass *cls* by field name, in order, leaving out *inherited_from*'s."""
    skip = {f.name for f in dataclasses.fields(inherited_from)} if inherited_from else set()
    return {f.name: f.metadata[_KEY] for f in dataclasses.fields(cls) if _KEY in f.metadata and f.name not in skip}


def documented(cls: type) -> list[Setting]:
    """The settings of *cls* in the order the docs list them: its own (the bot's token), then
    those it inherits."""
    base = next((b for b in cls.__bases__ if dataclasses.is_dataclass(b)), None)
    return list(declared(cls, base).values()) + (documented(base) if base else [])


def read(rows: Mapping[str, Setting], env: Mapping[str, str],
         checks: Mapping[str, Callable[[str], Any]] | None = None) -> dict[str, Any]:
    """Each of *rows* from *env*, checked in order (*checks* replaces some fields' checks)."""
    return {name: row.read(env, (checks or {}).get(name)) for name, row in rows.items()}


@contextmanager
def _quiet_logging() -> Iterator[None]:
    """python-dotenv logs a warning for each line it skips; the check reports them itself."""
    logging.disable(logging.WARNING)
    try:
        yield
    finally:
        logging.disable(logging.NOTSET)


def _values(lines: list[str]) -> dict[str, str | None]:
    return dict(dotenv_values(stream=io.StringIO("".join(lines)), interpolate=False))


def _statement_end(lines: list[str], k: int) -> int | None:
    """The line after the statement starting at line *k* (0-based), or None when python-dotenv
    skips it. It skips the rest of a line it cannot read, so a skipped statement adds nothing:
    lines k.. give the same values as lines k+1.. however far they go."""
    if not lines[k].strip() or lines[k].lstrip().startswith("#"):
        return k + 1
    return next((j for j in range(k + 1, len(lines) + 1) if _values(lines[k:j]) != _values(lines[k + 1:j])), None)


def check_dotenv(path: Path) -> None:
    """Every line of *path* is KEY=value, a comment or blank; python-dotenv would skip the rest."""
    if not path.is_file():
        return
    lines = path.read_text("utf-8", errors="replace").splitlines(keepends=True)
    k = 0
    with _quiet_logging():
        while k < len(lines):
            end = _statement_end(lines, k)
            if end is None:  # the line is not shown: it may hold the token
                name = lines[k].split("=")[0].strip()[:VARIABLE_NAME_SHOWN]
                where = f"{path}, line {k + 1}"
                raise SettingsError(name, where, "KEY=value", f"{where} ({name}) cannot be read: expected "
                                    "KEY=value with balanced quotes; python-dotenv would skip it")
            k = end


def environment(dotenv: bool = True) -> dict[str, str]:
    """os.environ, after loading ./.env (checked first) when *dotenv*; the environment wins."""
    if dotenv:
        check_dotenv(Path.cwd() / ".env")
        load_dotenv(Path.cwd() / ".env", override=False)
    return dict(os.environ)


def _plain(markdown: str) -> str:
    """*markdown* without links' targets and code marks, for a comment in .env.example."""
    return re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", markdown).replace("`", "")


def env_example(cls: type) -> str:
    """.env.example: every setting of *cls* with its help as a comment and its default."""
    blocks = [ENV_EXAMPLE_HEADER]
    for row in documented(cls):
        comment = textwrap.fill(_plain(row.help), width=92, initial_indent="# ", subsequent_indent="# ")
        blocks.append(f"{comment}\n{row.variable}={row.text}\n")
    return "\n".join(blocks)


def markdown_table(cls: type) -> str:
    """The README's settings table: variable, default and meaning of every setting of *cls*."""
    lines = ["| variable | default | meaning |", "|---|---|---|"]
    lines += [f"| `{row.variable}` | {f'`{row.text}`' if row.text else '(empty)'} | {row.help} |"
              for row in documented(cls)]
    return "\n".join(lines) + "\n"


def readme_with_table(readme: str, cls: type) -> str:
    """*readme* with the text between its settings markers replaced by the table of *cls*."""
    head, begin, rest = readme.partition(README_BEGIN)
    _old, end, tail = rest.partition(README_END)
    if not begin or not end:
        raise ValueError(f"README.md has no {README_BEGIN} ... {README_END} section")
    return f"{head}{begin}\n{markdown_table(cls)}{end}{tail}"


def main(cls: type, argv: list[str] | None = None, root: Path = Path()) -> int:
    """Print .env.example or the README table of *cls*, or --write both into *root*."""
    parser = argparse.ArgumentParser(description="The settings table, as .env.example or Markdown.")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--env-example", action="store_true", help="print .env.example")
    what.add_argument("--markdown", action="store_true", help="print the README's settings table")
    what.add_argument("--write", action="store_true", help="rewrite .env.example and README.md's table")
    args = parser.parse_args(argv)
    if args.write:
        (root / ".env.example").write_text(env_example(cls), "utf-8")
        readme = root / "README.md"
        readme.write_text(readme_with_table(readme.read_text("utf-8"), cls), "utf-8")
    else:
        print(env_example(cls) if args.env_example else markdown_table(cls), end="")
    return 0
