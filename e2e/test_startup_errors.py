"""`crosswise serve` refuses to start on a database it cannot use, with one line that says which
database and what to do, and exit code 1 (never a bare Swift error, never a password)."""
import os
import sqlite3
import subprocess
import tempfile

import pytest

from conftest import BINARY


def serve(*args, user=None):
    env = dict(os.environ, CROSSWISE_LOG_LEVEL="warning")
    env.pop("CROSSWISE_DATABASE_URL", None)
    command = [BINARY, "serve", "--port", "0", *args]
    if user is not None:
        command = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, env=env)


def test_read_only_database_file_names_the_file_and_the_fix():
    with tempfile.TemporaryDirectory() as folder:
        os.chmod(folder, 0o755)
        path = os.path.join(folder, "ro.sqlite")
        connection = sqlite3.connect(path)
        connection.execute("CREATE TABLE earlier (n INTEGER)")
        connection.commit()
        connection.close()
        os.chmod(path, 0o444)
        # Root may write any file, so as root the server runs as nobody, for whom it is read-only.
        user = 65534 if os.geteuid() == 0 else None
        if user is not None and subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", BINARY, "--help"],
                                               capture_output=True).returncode != 0:
            pytest.skip("the binary cannot be run as nobody here")
        result = serve("--data", path, user=user)
        assert result.returncode == 1, result.stdout + result.stderr
        assert result.stderr.strip() == (
            f"crosswise: cannot write the database {path}: it is read-only (check the file's permissions)"), result.stderr


def test_missing_folder_names_the_folder():
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "nowhere", "crosswise.sqlite")
        result = serve("--data", path)
        assert result.returncode == 1, result.stdout + result.stderr
        assert result.stderr.strip() == (
            f"crosswise: cannot open the database {path}: the folder {os.path.dirname(path)} does not exist "
            "(create it, or choose another --data path)"), result.stderr
        assert not os.path.exists(os.path.dirname(path))


def test_postgres_connection_refused_names_host_and_port_but_not_the_password():
    result = serve("--database-url", "postgres://crosswise:s3cret-pw@127.0.0.1:1/crosswise?sslmode=disable")
    assert result.returncode == 1, result.stdout + result.stderr
    # The connection pool logs its own failed attempt first; the last line is the verdict.
    assert result.stderr.strip().splitlines()[-1] == "crosswise: cannot reach PostgreSQL at 127.0.0.1:1: connection refused", result.stderr
    assert "s3cret-pw" not in result.stdout + result.stderr
