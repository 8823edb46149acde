"""Today in a real browser, as the demo's member and its lead: the shift line, a meeting booked
into sleep hours tomorrow, what waits, the lead's "on now" panel; axe-clean and no sideways
scrolling on a 390 px phone."""
import re
import sqlite3
import time
import uuid

from axe_selenium_python import Axe
from selenium.webdriver.common.by import By

from test_booking import sign_in

MEMBER = "angelica.santos@meridianshore.example.com"
LEAD = "priya.nair@meridianshore.example.com"
SHIFT = re.compile(r"^(On shift, .+ left|(Off shift|Weekend|Day off|Holiday.*), next shift in .+|No working hours are set)\.$")


def book_tomorrow(path, title, organizer_email, attendee_emails):
    """Books a meeting 24 hours from now straight into the database, as the planner would
    have with every attendee in their sleep hours."""
    db = sqlite3.connect(path)
    try:
        def person(email):
            return db.execute("SELECT id, organization_id, name, time_zone FROM people WHERE email = ?", (email,)).fetchone()
        organizer = person(organizer_email)
        as_id = (lambda u: u.bytes) if isinstance(organizer[0], bytes) else (lambda u: str(u).upper())
        meeting = uuid.uuid4()
        start = int(time.time()) + 24 * 3600
        db.execute("INSERT INTO meetings (id, organization_id, organizer_id, title, starts_at, ends_at, time_zone) VALUES (?, ?, ?, ?, ?, ?, ?)",
                   (as_id(meeting), organizer[1], organizer[0], title, start, start + 1800, organizer[3]))
        for email in attendee_emails:
            who = person(email)
            key = "person:" + str(uuid.UUID(bytes=who[0]) if isinstance(who[0], bytes) else who[0]).upper()
            db.execute("INSERT INTO meeting_attendees (id, meeting_id, person_id, participant_key, name, cost, availability) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)", (as_id(uuid.uuid4()), as_id(meeting), who[0], key, who[2], 80, "night"))
        db.commit()
    finally:
        db.close()


def assert_fits_a_phone_and_is_accessible(browser, url, name):
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})
    browser.get(url)
    assert browser.execute_script("return document.documentElement.scrollWidth") <= 390
    browser.save_screenshot(f"/tmp/today-{name}-390.png")
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    browser.get(url)
    browser.save_screenshot(f"/tmp/today-{name}-desktop.png")
    axe = Axe(browser)
    axe.inject()
    results = axe.run()
    assert results["violations"] == [], axe.report(results["violations"])


def test_a_member_reads_their_shift_a_meeting_and_what_waits(demo_server, browser):
    book_tomorrow(demo_server.data, "Refund policy walkthrough", LEAD, [MEMBER, LEAD])
    sign_in(browser, demo_server.url, MEMBER)
    shift = browser.find_element(By.CSS_SELECTOR, "#shift .shift-line").text
    assert SHIFT.match(shift), shift
    meetings = browser.find_element(By.CSS_SELECTOR, "ul.today-meetings").text
    assert "Refund policy walkthrough" in meetings and "Tomorrow" in meetings
    assert "you (sleep hours)" in meetings and "Priya Nair (sleep hours)" in meetings
    waiting = browser.find_element(By.XPATH, "//section[h2[normalize-space()='Waiting for you']]").text
    assert "Nothing waits for you" in waiting or "unread" in waiting
    # The team clocks live on the team page now.
    browser.find_element(By.XPATH, "//p[starts-with(normalize-space(), 'Team clocks:')]/a").click()
    assert "/teams/" in browser.current_url and "Local time" in browser.page_source
    assert_fits_a_phone_and_is_accessible(browser, demo_server.url + "/", "member")


def test_a_lead_reads_who_is_on_now_and_night_meetings(demo_server, browser):
    book_tomorrow(demo_server.data, "Claims audit prep", LEAD, ["arjun.rao@meridianshore.example.com"])
    sign_in(browser, demo_server.url, LEAD)
    assert SHIFT.match(browser.find_element(By.CSS_SELECTOR, "#shift .shift-line").text)
    on_now = browser.find_element(By.XPATH, "//section[.//h2[starts-with(normalize-space(), 'Now in')]]").text
    assert "Claims Back Office" in on_now and "Arjun Rao" in on_now and "in Bengaluru" in on_now
    assert "Kolkata" not in on_now
    nights = browser.find_element(By.XPATH, "//section[h2[normalize-space()='Meetings in sleep hours this week']]").text
    assert "Arjun Rao" in nights and "Claims audit prep" in nights
    assert_fits_a_phone_and_is_accessible(browser, demo_server.url + "/", "lead")
