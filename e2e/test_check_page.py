"""Check a message in a real browser: paste a reply for a client in London, see the findings
highlighted, apply a suggestion with one click (no JavaScript involved), and call the JSON API
with a key an admin issues."""
import json
import re
import urllib.error
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from test_booking import sign_in
from test_foundation import fill, submit, wait_for


def test_check_apply_and_api(demo_server, browser):
    sign_in(browser, demo_server.url, "angelica.santos@meridianshore.example.com")
    browser.find_element(By.LINK_TEXT, "Check a message").click()
    Select(browser.find_element(By.ID, "recipient")).select_by_value("zone:Europe/London")
    fill(browser, "text", "Going forward we will circle back on the SLA at 3pm.")
    submit(browser, "Check")
    wait_for(browser, lambda b: "Findings" in b.page_source)
    marks = [m.text for m in browser.find_elements(By.CSS_SELECTOR, ".marked-text mark")]
    assert marks == ["Going forward", "circle back", "SLA", "3pm"]
    assert "Times are read for London" in browser.page_source

    # One click on "Use “From now on”" rewrites the text and checks again.
    browser.find_element(By.XPATH, "//button[normalize-space()='Use “From now on”']").click()
    wait_for(browser, lambda b: b.find_element(By.ID, "text").get_attribute("value").startswith("From now on we will circle back"))
    marks = [m.text for m in browser.find_elements(By.CSS_SELECTOR, ".marked-text mark")]
    assert marks == ["circle back", "SLA", "3pm"]

    # The counts show on the page; the text is gone after a fresh visit.
    browser.get(demo_server.url + "/check")
    assert "Your last 30 days" in browser.page_source and "· Jargon" in browser.page_source
    assert "circle back on the SLA" not in browser.page_source

    # Narrow screens: the page fits a phone without sideways scrolling.
    browser.set_window_size(390, 900)
    assert browser.execute_script("return document.documentElement.scrollWidth") <= 390
    browser.set_window_size(1280, 1000)

    # An admin issues an API key; a CRM calls the API with it.
    browser.find_element(By.CSS_SELECTOR, ".account summary").click()
    browser.find_element(By.XPATH, "//button[normalize-space()='Sign out']").click()
    sign_in(browser, demo_server.url, "isabel.reyes@meridianshore.example.com")
    browser.get(demo_server.url + "/admin/api-keys")
    fill(browser, "f-name", "Ticketing")
    submit(browser, "Issue key")
    key = re.search(r"cwk_[0-9a-f]{48}", browser.page_source).group(0)
    body = json.dumps({"text": "Please send me the file by EOD.", "from": "Asia/Manila", "to": "America/New_York"}).encode()
    request = urllib.request.Request(demo_server.url + "/api/v1/check", data=body, method="POST",
                                     headers={"Content-Type": "application/json", "Authorization": "Bearer " + key})
    answer = json.load(urllib.request.urlopen(request))
    assert [f["check"] for f in answer["findings"]] == ["time.relative-deadline"]
    assert answer["readability"]["words"] == 7

    bad = urllib.request.Request(demo_server.url + "/api/v1/check", data=b"{}", method="POST",
                                 headers={"Content-Type": "application/json", "Authorization": "Bearer cwk_nope"})
    try:
        urllib.request.urlopen(bad)
        raise AssertionError("a bad key was accepted")
    except urllib.error.HTTPError as error:
        assert error.code == 401
        assert error.headers["Content-Type"] == "application/problem+json"
        assert json.load(error)["status"] == 401
