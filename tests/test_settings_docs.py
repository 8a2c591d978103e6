"""Each setting is declared once (search/settings.py, bot/settings.py): the README's table and
.env.example are generated from the declarations and must agree with them, every default
written there reads back as the program's default, and a secret never shows in a message."""
from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

import pytest
from dotenv import dotenv_values

from bot.settings import BotSettings, load_settings
from search import config
from search.config import README_BEGIN, README_END, SettingsError, check_dotenv, documented

ROOT = Path(__file__).parent.parent
REGENERATE = "declarations changed? run: python -m bot.settings --write"


def test_readme_table_is_the_declarations():
    readme = (ROOT / "README.md").read_text("utf-8")
    assert readme.count(README_BEGIN) == 1 and readme.count(README_END) == 1
    table = readme.split(README_BEGIN)[1].split(README_END)[0].strip()
    assert table == config.markdown_table(BotSettings).strip(), REGENERATE


def test_env_example_is_the_declarations():
    assert (ROOT / ".env.example").read_text("utf-8") == config.env_example(BotSettings), REGENERATE


def test_every_setting_is_documented_once():
    variables = [row.variable for row in documented(BotSettings)]
    assert len(variables) == len(set(variables)) == 29  # +METRICS_LISTEN, +WEBHOOK_CERT, +SEEDS_OWNER, +INGEST_WAIT ...
    assert variables[0] == "TELEGRAM_BOT_TOKEN"  # the one a bot needs, first
    settable = [f for f in dataclasses.fields(BotSettings) if f.name != "timezone"]
    assert len(settable) == len(variables)


def test_env_example_reads_back_as_the_defaults(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    example = {k: v or "" for k, v in dotenv_values(ROOT / ".env.example").items()}
    assert load_settings(example, dotenv=False) == BotSettings() == load_settings({}, dotenv=False)


@pytest.mark.parametrize("row", [r for r in documented(BotSettings) if r.mask], ids=lambda r: r.variable)
def test_a_secret_is_never_shown(tmp_path, row):
    (tmp_path / "seeds").mkdir()
    with pytest.raises(SettingsError) as caught:
        load_settings({"NEWSBOT_SEEDS_DIR": str(tmp_path / "seeds"), row.variable: "mysql://u:hunter2 x@h/ x"},
                      dotenv=False)
    assert caught.value.variable == row.variable and "hunter2" not in str(caught.value)


def test_write_fills_the_readme_between_its_markers(tmp_path, capsys):
    (tmp_path / "README.md").write_text(f"# x\n\n{README_BEGIN}\nSTALE TABLE\n{README_END}\n\nafter\n", "utf-8")
    assert config.main(BotSettings, ["--write"], root=tmp_path) == 0
    readme = (tmp_path / "README.md").read_text("utf-8")
    assert "STALE TABLE" not in readme and readme.endswith(f"{README_END}\n\nafter\n")
    assert "| `NEWSBOT_DIGEST_LEASE` | `120` |" in readme
    assert (tmp_path / ".env.example").read_text("utf-8") == config.env_example(BotSettings)
    config.main(BotSettings, ["--markdown"])
    assert capsys.readouterr().out == config.markdown_table(BotSettings)


def test_dotenv_multiline_value_is_read_and_a_bad_line_is_named(tmp_path, caplog):
    env = tmp_path / ".env"
    env.write_text('# notes\nA="two\nlines"\n\nexport B=1\nC\n', "utf-8")
    check_dotenv(env)  # a quoted value may span lines, as python-dotenv reads it
    env.write_text('A="two\nlines"\nSECRET="unbalanced\nB=1\n', "utf-8")
    with caplog.at_level(logging.WARNING), pytest.raises(SettingsError) as caught:
        check_dotenv(env)
    assert "line 3" in str(caught.value) and "SECRET" in str(caught.value) and "unbalanced" not in str(caught.value)
    assert caplog.records == []  # python-dotenv's own warnings (with other line numbers) stay quiet
