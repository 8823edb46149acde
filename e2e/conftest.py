"""Starts the real crosswise binary on a free port with a fresh SQLite database, and a headless
Debian Chromium driven by Selenium through Debian's chromedriver."""
import os
import pathlib
import re
import subprocess
import tempfile
import threading
import time

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = pathlib.Path(__file__).resolve().parent.parent
BINARY = os.environ.get("CROSSWISE_BIN", str(ROOT / ".build" / "debug" / "crosswise"))


class Server:
    def __init__(self, *args):
        self.dir = tempfile.TemporaryDirectory()
        self.data = os.path.join(self.dir.name, "crosswise.sqlite")
        env = dict(os.environ, CROSSWISE_LOG_LEVEL="warning")
        env.pop("CROSSWISE_DATABASE_URL", None)
        self.process = subprocess.Popen(
            [BINARY, "serve", "--data", self.data, "--port", "0", *args],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
        self.url = None
        self.output = []
        deadline = time.time() + 60
        while time.time() < deadline:
            line = self.process.stdout.readline()
            if not line:
                break
            self.output.append(line)
            match = re.search(r"running at (http://[0-9.]+:\d+)", line)
            if match:
                self.url = match.group(1)
                break
        if not self.url:
            self.stop()
            raise RuntimeError("server did not start:\n" + "".join(self.output))
        # Keep draining the server's output so it never blocks on a full pipe.
        threading.Thread(target=self._drain, daemon=True).start()
        time.sleep(0.2)

    def _drain(self):
        for line in self.process.stdout:
            self.output.append(line)

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.dir.cleanup()


@pytest.fixture
def server():
    s = Server()
    yield s
    s.stop()


@pytest.fixture
def demo_server():
    s = Server("--demo")
    yield s
    s.stop()


ARTIFACTS = ROOT / "e2e" / "artifacts"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """On a failure, keep a screenshot and the page source to see what the browser saw."""
    outcome = yield
    report = outcome.get_result()
    driver = item.funcargs.get("browser") if hasattr(item, "funcargs") else None
    if report.when == "call" and report.failed and driver is not None:
        ARTIFACTS.mkdir(exist_ok=True)
        driver.save_screenshot(str(ARTIFACTS / f"{item.name}.png"))
        (ARTIFACTS / f"{item.name}.html").write_text(driver.page_source, encoding="utf-8")
        print(f"\nbrowser was at {driver.current_url}; screenshot in {ARTIFACTS}")


@pytest.fixture
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for arg in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000"]:
        options.add_argument(arg)
    driver = webdriver.Chrome(options=options, service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")))
    driver.implicitly_wait(5)
    yield driver
    driver.quit()
