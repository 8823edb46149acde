"""Booking in a real browser: plan a weekly series for a team and a client, book it, see it in
"Your meetings", make the private calendar link, and read that feed the way a calendar program
does (no cookies) with the Python icalendar package; then a day off that the planner respects."""
import datetime
import urllib.error
import urllib.request

import icalendar
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from test_foundation import fill, submit, wait_for


def sign_in(browser, url, email):
    browser.get(url + "/signin")
    fill(browser, "email", email)
    fill(browser, "password", "crosswise-demo")
    submit(browser, "Sign in")
    wait_for(browser, lambda b: b.current_url.endswith("/"))


def test_book_a_series_and_subscribe(demo_server, browser):
    sign_in(browser, demo_server.url, "priya.nair@meridianshore.example.com")
    browser.get(demo_server.url + "/meetings")
    browser.find_element(By.XPATH, "//label[contains(., 'Research & Analytics')]/input").click()
    browser.find_element(By.XPATH, "//label[contains(., 'Harbor & Vine')]/input").click()
    fill(browser, "title", "Monthly insights review")
    fill(browser, "from", "01/05/2027")
    Select(browser.find_element(By.ID, "repeat")).select_by_value("weekly")
    fill(browser, "count", "6")
    submit(browser, "Find times")
    assert "The series" in browser.page_source
    assert "Fairness in Research & Analytics" in browser.find_element(By.TAG_NAME, "body").text
    submit(browser, "Book the series")
    wait_for(browser, lambda b: "/meetings/mine" in b.current_url)
    # The subscription panel comes after the table: once it is there, every row is.
    browser.find_element(By.XPATH, "//h2[normalize-space()='Calendar subscription']")
    rows = browser.find_elements(By.CSS_SELECTOR, "table.stacked tbody tr")
    assert len(rows) >= 5 and all("Monthly insights review" in r.text for r in rows)

    submit(browser, "Make my calendar link")
    link = browser.find_element(By.CSS_SELECTOR, "code.secret").text
    assert "/calendar/" in link and link.endswith(".ics")
    with urllib.request.urlopen(link) as response:
        assert response.headers["Content-Type"].startswith("text/calendar")
        feed = response.read()
    calendar = icalendar.Calendar.from_ical(feed)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == len(rows)
    assert all(str(e["SUMMARY"]) == "Monthly insights review" for e in events)
    starts = sorted(e["DTSTART"].dt for e in events)
    assert starts[0].date() >= datetime.date(2027, 1, 4) and starts[0].tzinfo is not None
    assert len({str(e["UID"]) for e in events}) == len(events)

    # A new link switches the old one off.
    submit(browser, "Make a new link")
    try:
        urllib.request.urlopen(link)
        raise AssertionError("the replaced link still works")
    except urllib.error.HTTPError as error:
        assert error.code == 404

    # The page fits a phone.
    browser.set_window_size(390, 900)
    assert browser.execute_script("return document.documentElement.scrollWidth") <= 390


def test_days_off_refuse_bad_ranges_and_list_good_ones(demo_server, browser):
    sign_in(browser, demo_server.url, "angelica.santos@meridianshore.example.com")
    browser.get(demo_server.url + "/days-off")
    fill(browser, "f-first", "12/24/2026")
    fill(browser, "f-last", "12/20/2026")
    submit(browser, "Add")
    assert "Last day is before the first day" in browser.page_source
    fill(browser, "f-last", "12/28/2026")
    submit(browser, "Add")
    wait_for(browser, lambda b: "notice=saved" in b.current_url)
    assert "Thu 24 Dec 2026 to" in browser.page_source and "5 days" in browser.page_source
