"""A team login's password typed in Settings goes to the system keyring, never into the
settings file or the URL (issue 13: "password from the OS keyring")."""

from __future__ import annotations

import pytest


@pytest.mark.postgres
def test_a_team_logins_password_is_kept_in_the_keyring_not_in_a_file(
    window, qtbot, pg_url, memory_keyring, tmp_path
) -> None:
    from sqlalchemy.engine import make_url

    from casework import config, db

    s = window.settings
    s.db_pg.setChecked(True)
    s.db_url.setText(pg_url)
    assert s.db_password.isEnabled()
    s.db_password.setText("tajna-lozinka-42")
    s.use_database()
    # kept where every start finds it, for this login on this server and database
    assert db.stored_password(make_url(pg_url)) == "tajna-lozinka-42"
    assert s.db_password.text() == ""  # not left on the screen either
    saved = config.config_file().read_text(encoding="utf-8")
    assert "tajna-lozinka-42" not in saved and make_url(pg_url).database in saved


def test_the_password_field_is_for_a_team_server_only(window) -> None:
    s = window.settings
    s.db_sqlite.setChecked(True)
    assert not s.db_password.isEnabled()
    s.db_pg.setChecked(True)
    assert s.db_password.isEnabled()
