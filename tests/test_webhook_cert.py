"""NEWSBOT_WEBHOOK_CERT (issue 28, point 3): the public part of a self-signed certificate,
uploaded with setWebhook; a private key or a missing file is refused before anything runs."""
from __future__ import annotations

import pytest

from bot.settings import SettingsError, load_settings

CERT = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"
KEY = "-----BEGIN PRIVATE KEY-----\nMIIEvQ-secret-key-body\n-----END PRIVATE KEY-----\n"


def settings_with(tmp_path, cert: str):
    (tmp_path / "seeds").mkdir(exist_ok=True)
    return load_settings({"NEWSBOT_SEEDS_DIR": str(tmp_path / "seeds"), "NEWSBOT_WEBHOOK_CERT": cert}, dotenv=False)


def test_a_public_certificate_is_taken(tmp_path):
    (tmp_path / "public.pem").write_text(CERT)
    assert settings_with(tmp_path, str(tmp_path / "public.pem")).webhook_cert == str(tmp_path / "public.pem")


@pytest.mark.parametrize("content", [KEY, CERT + KEY, "not a certificate"])
def test_a_key_or_anything_else_is_refused_without_showing_it(tmp_path, content):
    (tmp_path / "bad.pem").write_text(content)
    with pytest.raises(SettingsError) as caught:
        settings_with(tmp_path, str(tmp_path / "bad.pem"))
    assert caught.value.variable == "NEWSBOT_WEBHOOK_CERT" and "secret-key-body" not in str(caught.value)


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(SettingsError) as caught:
        settings_with(tmp_path, str(tmp_path / "nowhere.pem"))
    assert "readable PEM certificate" in str(caught.value)
