"""A real PostgreSQL server for the tests: the one named by TALENTDESK_TEST_DATABASE, else one started
from Debian's ``postgresql`` package (``initdb`` + ``pg_ctl``) in a temporary folder on a free port, run
as the unprivileged ``postgres`` user when the tests run as root (PostgreSQL refuses to run as root).

Each test gets a database of its own, copied from a template migrated once per run (CREATE DATABASE …
TEMPLATE is a file copy: a few milliseconds, against a second for the migration).
"""
from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import psycopg

ENV_TEST_DATABASE = "TALENTDESK_TEST_DATABASE"
SUPERUSER = "postgres"
TEMPLATE = "talentdesk_template"
# A role the local test server asks for a password (every other one it trusts); see ``password_role``.
PASSWORD_ROLE = "talentdesk_with_password"


class ServerUnavailable(Exception):
    """No PostgreSQL server could be found or started; says what is missing and how to get it."""


def _binaries() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if not found:
        raise ServerUnavailable("PostgreSQL's initdb is not installed: apt-get install -y postgresql "
                                f"(or name a server in ${ENV_TEST_DATABASE})")
    return Path(found[-1]).parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class LocalServer:
    """A throwaway cluster: started in a temporary folder, removed with everything in it when stopped."""

    def __init__(self) -> None:
        self.bin = _binaries()
        self.as_root = os.geteuid() == 0
        self.folder = Path(tempfile.mkdtemp(prefix="talentdesk-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        if self.as_root:
            try:
                owner = pwd.getpwnam(SUPERUSER)
            except KeyError:
                raise ServerUnavailable("running as root, and there is no 'postgres' user to run the server as "
                                        "(the postgresql package creates it)") from None
            os.chown(self.folder, owner.pw_uid, owner.pw_gid)

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", SUPERUSER, "--"] if self.as_root else []
        done = subprocess.run([*prefix, *command], capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise ServerUnavailable(f"{Path(command[0]).name} failed: {(done.stderr or done.stdout).strip()[-800:]}")

    def start(self) -> str:
        # C.UTF-8: lower() and [:alnum:] know every script (the search folds Олена like Jürgen).
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", SUPERUSER, "--auth=trust",
                  "-E", "UTF8", "--locale=C.UTF-8")
        # Every role is trusted but one, which must give its password: the Connect dialog's wrong password.
        hba = self.data / "pg_hba.conf"
        rules = f"host all {PASSWORD_ROLE} 127.0.0.1/32 scram-sha-256\n"
        self._run("sh", "-c", f"printf '%s' '{rules}' | cat - {hba} > {hba}.new && mv {hba}.new {hba}")
        self.resume()
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/postgres"

    def resume(self) -> None:
        """Start the server on its folder and port (again, after ``pause``)."""
        options = (f"-p {self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={self.folder} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.folder / "server.log"),
                  "-o", options, "-w", "-t", "60", "start")

    def pause(self) -> None:
        """Stop the server, keeping its data: its clients' sessions end as when a real server restarts."""
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def stop(self) -> None:
        try:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        except ServerUnavailable:
            pass
        shutil.rmtree(self.folder, ignore_errors=True)


@contextmanager
def member(url: str, prefix: str, *grants: str) -> Iterator[str]:
    """``url`` (a postgresql:// URL) as a new role of its own (named ``prefix`` and a few random letters, since
    roles are the whole server's), given ``grants`` by the owner (each ``GRANT … TO {role}``); dropped after."""
    role = f"{prefix}_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(url, autocommit=True) as owner:
        owner.execute(f"CREATE ROLE {role} LOGIN")
        for grant in grants:
            owner.execute(grant.format(role=role))
    try:
        parts = urlsplit(url)
        yield parts._replace(netloc=f"{role}@{parts.netloc.rpartition('@')[2]}").geturl()
    finally:
        with psycopg.connect(url, autocommit=True) as owner:
            owner.execute(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{role}'")
            owner.execute(f"DROP OWNED BY {role}")
            owner.execute(f"DROP ROLE {role}")


def database_url(admin_url: str, name: str) -> str:
    """The URL of database ``name`` on the server of the URL ``admin_url`` (its parameters kept)."""
    return urlsplit(admin_url)._replace(path=f"/{name}").geturl()


class Databases:
    """Fresh databases on one server, each a copy of a migrated template."""

    def __init__(self, admin_url: str) -> None:

        self.admin_url = admin_url
        self.admin = psycopg.connect(admin_url, autocommit=True)
        self.prefix = f"talentdesk_test_{os.getpid()}"
        self.template = f"{self.prefix}_{TEMPLATE}"
        self.counter = itertools.count(1)
        self.made: list[str] = []
        self._create(self.template)
        from talentdesk.store.schema import open_team_database

        open_team_database(database_url(admin_url, self.template)).close()

    def _create(self, name: str, template: str | None = None) -> str:
        clause = f' TEMPLATE "{template}"' if template else ""
        self.admin.execute(f'CREATE DATABASE "{name}"{clause}')
        self.made.append(name)
        return database_url(self.admin_url, name)

    def empty(self) -> str:
        """A new database with nothing in it."""
        return self._create(f"{self.prefix}_{next(self.counter)}")

    def migrated(self) -> str:
        """A new database holding the current schema and no rows."""
        return self._create(f"{self.prefix}_{next(self.counter)}", self.template)

    def password_role(self, database_url: str, password: str) -> str:
        """``database_url`` as the role that must give its password (made with ``password``, owning nothing,
        allowed to connect): the URL names no password."""
        self.admin.execute(f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{PASSWORD_ROLE}') "
                           f"THEN CREATE ROLE {PASSWORD_ROLE} LOGIN; END IF; END $$")
        self.admin.execute(f"ALTER ROLE {PASSWORD_ROLE} PASSWORD '{password}'")
        name = urlsplit(database_url).path.lstrip("/")
        self.admin.execute(f'GRANT ALL ON DATABASE "{name}" TO {PASSWORD_ROLE}')
        with psycopg.connect(database_url, autocommit=True) as conn:
            conn.execute(f"GRANT ALL ON SCHEMA public TO {PASSWORD_ROLE}")
            conn.execute(f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {PASSWORD_ROLE}")
            conn.execute(f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {PASSWORD_ROLE}")
        parts = urlsplit(database_url)
        return parts._replace(netloc=f"{PASSWORD_ROLE}@{parts.netloc.rpartition('@')[2]}").geturl()

    def drop(self, url: str) -> None:
        name = urlsplit(url).path.lstrip("/")
        self.admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.made.remove(name)

    def close(self) -> None:
        for name in list(reversed(self.made)):
            self.admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.admin.close()
