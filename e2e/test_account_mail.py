"""Account e-mail end to end, against a real SMTP sink (aiosmtpd, in this process): reset a
forgotten password through the link in the e-mail, download your data, get a temporary password
and a meeting notice by e-mail (with its calendar invitation) and in the inbox, and read the audit
log and the mail page under Admin. Each new page is looked at on a desktop and a 390 px phone, and
checked with axe-core."""
import datetime
import email
import email.policy
import json
import os
import re
import socket
import threading
import time

import pytest
from aiosmtpd.controller import Controller
from axe_selenium_python import Axe
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import Server
from test_foundation import fill, submit, wait_for

SHOTS = os.environ.get("CROSSWISE_SHOTS")
ADMIN = "ana@bayside.example.com"
ADMIN_PASSWORD = "bayside-secret-2026"


class Sink:
    """Keeps every message the server hands over, parsed."""

    def __init__(self):
        self.messages = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.lock:
            self.messages.append((list(envelope.rcpt_tos), message))
        return "250 OK"

    def wait(self, recipient, subject_part, timeout=40):
        deadline = time.time() + timeout
        while time.time() < deadline:
            with self.lock:
                for rcpts, message in self.messages:
                    if recipient in rcpts and subject_part in str(message["Subject"]):
                        return message
            time.sleep(0.3)
        raise AssertionError(f"no e-mail to {recipient} about {subject_part!r}; got {[str(m['Subject']) for _, m in self.messages]}")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def mail_server():
    sink, port = Sink(), free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    server = Server("--smtp-host", "127.0.0.1", "--smtp-port", str(port), "--smtp-security", "none",
                    "--smtp-from", "notices@bayside.example.com")
    server.sink, server.smtp_port = sink, port
    yield server
    server.stop()
    controller.stop()


def text_of(message):
    return message.get_body(preferencelist=("plain",)).get_content()


def look(browser, name):
    """Desktop and 390 px: a screenshot of each (when CROSSWISE_SHOTS names a folder), no
    sideways scrolling on the phone, and no axe-core violations on either."""
    for width in (1280, 390):
        if width == 390:
            browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})
            browser.refresh()
            assert browser.execute_script("return document.documentElement.scrollWidth") <= 390, name
        if SHOTS:
            os.makedirs(SHOTS, exist_ok=True)
            browser.save_screenshot(os.path.join(SHOTS, f"{name}-{width}.png"))
        axe = Axe(browser)
        axe.inject()
        violations = axe.run()["violations"]
        assert not violations, f"{name} at {width}px: " + "; ".join(f"{v['id']}: {v['help']}" for v in violations)
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    browser.refresh()


def set_up(browser, url):
    browser.get(url + "/")
    fill(browser, "f-organization", "Bayside Support Co")
    fill(browser, "f-name", "Ana Cruz")
    fill(browser, "f-email", ADMIN)
    fill(browser, "f-password", ADMIN_PASSWORD)
    fill(browser, "f-time_zone", "Asia/Manila")
    Select(browser.find_element(By.ID, "f-country")).select_by_value("PH")
    submit(browser, "Create organization")
    wait_for(browser, lambda b: b.current_url.endswith("/admin"))


def sign_out(browser):
    browser.find_element(By.CSS_SELECTOR, "details.account summary").click()
    submit(browser, "Sign out")
    wait_for(browser, lambda b: "/signin" in b.current_url)


def sign_in(browser, url, address, password):
    browser.get(url + "/signin")
    fill(browser, "email", address)
    fill(browser, "password", password)
    submit(browser, "Sign in")


def test_reset_a_forgotten_password_by_email_and_download_my_data(mail_server, browser):
    url, sink = mail_server.url, mail_server.sink
    set_up(browser, url)
    sign_out(browser)

    browser.find_element(By.LINK_TEXT, "Forgot your password?").click()
    wait_for(browser, lambda b: "/account/forgot" in b.current_url)
    look(browser, "forgot")
    fill(browser, "f-email", ADMIN)
    submit(browser, "Send the link")
    assert "If an account uses" in browser.page_source

    message = sink.wait(ADMIN, "Reset your Crosswise password")
    link = re.search(r"http://\S+/account/reset\?token=[0-9a-f]{64}", text_of(message)).group(0)
    assert link.startswith(url)
    browser.get(link)
    look(browser, "reset")
    fill(browser, "f-new", "harbour lantern mango ferry")
    fill(browser, "f-confirm", "harbour lantern mango ferry")
    submit(browser, "Set the new password")
    wait_for(browser, lambda b: "/signin" in b.current_url and "notice=password-reset" in b.current_url)

    sign_in(browser, url, ADMIN, ADMIN_PASSWORD)
    assert "do not match an account" in browser.page_source
    sign_in(browser, url, ADMIN, "harbour lantern mango ferry")
    wait_for(browser, lambda b: b.current_url.endswith("/"))

    # The link worked once.
    browser.get(link)
    assert "does not work any more" in browser.page_source

    # Download my data: the same request the link makes, read by the page's own fetch.
    browser.get(url + "/account/password")
    href = browser.find_element(By.LINK_TEXT, "Download my data").get_attribute("href")
    status, disposition, cache, body = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "fetch(arguments[0]).then(r => r.text().then(t => done([r.status, r.headers.get('content-disposition'),"
        " r.headers.get('cache-control'), t])));", href)
    assert status == 200 and cache == "no-store"
    assert re.fullmatch(r'attachment; filename="crosswise-data-\d{4}-\d{2}-\d{2}\.json"', disposition)
    document = json.loads(body)
    assert ADMIN in body and document["format"] == 1


def test_temporary_password_and_meeting_notice_by_email_then_admin_pages(mail_server, browser):
    url, sink = mail_server.url, mail_server.sink
    set_up(browser, url)
    browser.get(url + "/admin/teams/new")
    fill(browser, "f-name", "Night Desk")
    submit(browser, "Add team")
    wait_for(browser, lambda b: "/teams/" in b.current_url)

    browser.get(url + "/admin/people/new")
    fill(browser, "f-name", "Joy Bautista")
    fill(browser, "f-email", "joy@bayside.example.com")
    browser.find_element(By.XPATH, "//label[contains(., 'Night Desk')]/input").click()
    fill(browser, "f-time_zone", "Asia/Manila")
    Select(browser.find_element(By.ID, "f-country")).select_by_value("PH")
    fill(browser, "f-working_hours", "Mon-Fri 09:00-18:00")
    submit(browser, "Add person")
    wait_for(browser, lambda b: "notice=created" in b.current_url)
    browser.find_element(By.LINK_TEXT, "Joy Bautista").click()
    submit(browser, "Issue a temporary password")
    issued = sink.wait("joy@bayside.example.com", "temporary Crosswise password")
    text = text_of(issued)
    temporary = re.search(r"this password:\s+(\S+)", text).group(1)
    assert f"Sign in at {url}/signin" in text

    # Ana books the team's first good time; Joy attends.
    browser.get(url + "/meetings")
    browser.find_element(By.XPATH, "//label[contains(., 'Night Desk')]/input").click()
    today = datetime.date.today()
    tuesday = today + datetime.timedelta(days=7 + (1 - today.weekday()) % 7)
    fill(browser, "from", tuesday.strftime("%m/%d/%Y"))
    submit(browser, "Find times")
    browser.find_element(By.CSS_SELECTOR, "ol.slots li button").click()
    wait_for(browser, lambda b: "/meetings/mine" in b.current_url)

    invitation = sink.wait("joy@bayside.example.com", "Meeting booked")
    calendars = [part for part in invitation.walk() if part.get_content_type() == "text/calendar"]
    assert calendars and calendars[0].get_param("method") == "REQUEST", [p.get_content_type() for p in invitation.walk()]
    calendar = calendars[0]
    assert "BEGIN:VEVENT" in calendar.get_content()

    # Joy signs in with the e-mailed password, chooses her own, and finds the notice in her inbox.
    sign_out(browser)
    sign_in(browser, url, "joy@bayside.example.com", temporary)
    wait_for(browser, lambda b: "/account/password" in b.current_url)
    fill(browser, "f-current", temporary)
    fill(browser, "f-new", "sorrel kiln wick harbour")
    fill(browser, "f-confirm", "sorrel kiln wick harbour")
    submit(browser, "Change password")
    browser.get(url + "/inbox")
    assert "temporary password" in browser.page_source.lower()
    assert "Meeting booked" in browser.find_element(By.TAG_NAME, "main").text
    assert temporary not in browser.page_source
    sign_out(browser)

    # Under Admin: the audit log lists the new person and the issued password; the mail page the server and the jobs.
    sign_in(browser, url, ADMIN, ADMIN_PASSWORD)
    wait_for(browser, lambda b: b.current_url.endswith("/"))
    browser.get(url + "/admin")
    browser.find_element(By.LINK_TEXT, "Audit log").click()
    wait_for(browser, lambda b: "/admin/audit" in b.current_url)
    log = browser.find_element(By.TAG_NAME, "main").text
    assert "Added person Joy Bautista" in log and "temporary password" in log and "Ana Cruz (admin)" in log
    look(browser, "audit")
    browser.get(url + "/admin/mail")
    page = browser.find_element(By.TAG_NAME, "main").text
    assert f"127.0.0.1:{mail_server.smtp_port} (none)" in page and "Scheduled jobs" in page
    assert "joy@bayside.example.com" not in page
    look(browser, "mail")

    # The erase page says what happens; it is only looked at here (the HTTP tests erase).
    browser.get(url + "/admin/people")
    browser.find_element(By.LINK_TEXT, "Joy Bautista").click()
    browser.find_element(By.LINK_TEXT, "Erase this person").click()
    assert "cannot be undone" in browser.page_source
    look(browser, "erase")
