"""A PostgreSQL fault as one line for the command line: what failed and what to do
(issue 29): unreachable, refused, a wrong password, a restart mid-work, a full disk, a
read-only database, a lock held too long. The password is never in it (search.secrets)."""
from __future__ import annotations

import psycopg
from psycopg import errors
from psycopg_pool import PoolTimeout

from search.secrets import mask

RETRY = "then run the command again"
# libpq reports a refused login with no SQLSTATE (psycopg raises a bare OperationalError):
# the server's own words tell it apart from an unreachable server.
_REFUSED_LOGIN = ("authentication failed", "no password supplied", "no pg_hba.conf entry")
_PASSWORD = "the database refused the user or password: check them in NEWSBOT_DATABASE_URL"
_RESTARTED = f"the database restarted or is shutting down: wait until it accepts connections, {RETRY}"
_BROKE = (f"the connection to the database broke mid-work (the server restarted, or the network failed): "
          f"wait until it accepts connections, {RETRY}")
_ADVICE: tuple[tuple[tuple[type[BaseException], ...], str], ...] = (
    ((errors.ReadOnlySqlTransaction,),
     "the database is read-only (a standby, or default_transaction_read_only is on): point "
     "NEWSBOT_DATABASE_URL at the writable primary"),
    ((errors.InvalidPassword, errors.InvalidAuthorizationSpecification), _PASSWORD),
    ((errors.DiskFull, errors.OutOfMemory),
     f"the database server is out of disk space or memory: free some, {RETRY}"),
    ((errors.AdminShutdown, errors.CrashShutdown, errors.CannotConnectNow), _RESTARTED),
    ((errors.QueryCanceled, errors.LockNotAvailable),
     f"the database was busy (a lock held by someone else, or too slow): {RETRY}"),
)


def cause(exc: BaseException) -> psycopg.Error | None:
    """The psycopg error behind *exc* (itself, or in its chain of causes), if any."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, psycopg.Error):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def refused_login(found: BaseException | None) -> bool:
    """True when the server turned the login down (user, password or pg_hba.conf)."""
    if isinstance(found, (errors.InvalidPassword, errors.InvalidAuthorizationSpecification)):
        return True
    pgconn = getattr(found, "pgconn", None)
    return isinstance(found, psycopg.OperationalError) and (
        any(words in str(found) for words in _REFUSED_LOGIN) or bool(getattr(pgconn, "needs_password", False)))


def _connecting(found: psycopg.Error) -> bool:
    """True when *found* came from making a connection, not from one that broke mid-work."""
    return isinstance(found, (psycopg.errors.ConnectionTimeout, PoolTimeout)) or \
        str(found).startswith("connection failed")


def lost(exc: BaseException) -> bool:
    """True when the connection broke or could not be made (worth one more try); a
    refused login is not: it would be refused again."""
    found = cause(exc)
    return isinstance(found, (psycopg.OperationalError, errors.AdminShutdown, errors.CannotConnectNow)) and \
        not refused_login(found) and \
        not isinstance(found, (errors.QueryCanceled, errors.LockNotAvailable, errors.DiskFull))


def fault_line(exc: BaseException) -> str | None:
    """One line naming the database fault behind *exc* and what to do; None when no
    psycopg error is behind it."""
    found = cause(exc)
    if found is None:
        return None
    said = " ".join(str(found).split())  # libpq's messages span lines
    for kinds, advice in _ADVICE:
        if isinstance(found, kinds):
            return mask(f"{advice} ({said})")
    if refused_login(found):
        return mask(f"{_PASSWORD} ({said})")
    if isinstance(found, psycopg.OperationalError) and not _connecting(found):  # broke mid-work
        return mask(f"{_BROKE} ({said})")
    if isinstance(found, psycopg.OperationalError):
        return mask(f"cannot reach the database ({said}): check NEWSBOT_DATABASE_URL and that PostgreSQL "
                    f"is running, {RETRY}")
    return mask(f"the database failed ({said}): check that PostgreSQL is healthy, {RETRY}")
