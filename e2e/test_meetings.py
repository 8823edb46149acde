"""Planning a meeting in a real browser: pick a team and a client, find times, read the grid and
the reasons, download the calendar file; then the team's world clock and the About page."""
import datetime
import urllib.request

from selenium.webdriver.common.by import By

from test_foundation import fill, submit, wait_for


def test_plan_a_meeting_and_open_the_world_clock(demo_server, browser):
    browser.get(demo_server.url + "/signin")
    fill(browser, "email", "priya.nair@meridianshore.example.com")
    fill(browser, "password", "crosswise-demo")
    submit(browser, "Sign in")
    wait_for(browser, lambda b: b.current_url.endswith("/"))

    browser.find_element(By.LINK_TEXT, "Meetings").click()
    wait_for(browser, lambda b: "/meetings" in b.current_url)
    browser.find_element(By.XPATH, "//label[contains(., 'Night Desk')]/input").click()
    browser.find_element(By.XPATH, "//label[contains(., 'Harbor & Vine')]/input").click()
    # A Tuesday at least a week ahead: the planner never offers past times, so a fixed date
    # would stop working once it has passed.
    today = datetime.date.today()
    tuesday = today + datetime.timedelta(days=7 + (1 - today.weekday()) % 7)
    fill(browser, "from", tuesday.strftime("%m/%d/%Y"))  # the date input takes the browser's locale order
    submit(browser, "Find times")
    assert "Best times" in browser.page_source
    rows = browser.find_elements(By.CSS_SELECTOR, "table.grid tbody tr")
    assert len(rows) >= 10
    first = browser.find_element(By.CSS_SELECTOR, "ol.slots li")
    assert "Download .ics" in first.text
    window = [(tuesday + datetime.timedelta(days=n)).isoformat() for n in range(5)]
    assert any(day in first.text for day in window), first.text
    # The form keeps what was chosen, so the search can be refined.
    assert browser.find_element(By.XPATH, "//label[contains(., 'Night Desk')]/input").is_selected()

    # The .ics link is a plain GET that needs the session cookie.
    href = first.find_element(By.LINK_TEXT, "Download .ics").get_attribute("href")
    cookie = "; ".join(f"{c['name']}={c['value']}" for c in browser.get_cookies())
    with urllib.request.urlopen(urllib.request.Request(href, headers={"Cookie": cookie})) as response:
        body = response.read().decode()
        assert response.headers["Content-Type"].startswith("text/calendar")
    assert body.startswith("BEGIN:VCALENDAR\r\n") and "BEGIN:VTIMEZONE" in body

    browser.find_element(By.LINK_TEXT, "Team").click()
    browser.find_element(By.PARTIAL_LINK_TEXT, "Night Desk").click()
    browser.find_element(By.LINK_TEXT, "World clock").click()
    wait_for(browser, lambda b: b.current_url.endswith("/clock"))
    assert "Next working window" in browser.page_source
    browser.set_window_size(390, 900)
    assert browser.execute_script("return document.documentElement.scrollWidth") <= 390

    browser.find_element(By.LINK_TEXT, "About").click()
    assert "IANA tz release in use" in browser.page_source
