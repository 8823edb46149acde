"""Cultural briefs in a real browser: a member reads the list, a brief and their client's pair
view; a lead writes a client's note with scripts switched off; the checker shows a culture
hint for a client. Every page passes axe and fits a 390 px phone without sideways scrolling."""
from axe_selenium_python import Axe
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from test_booking import sign_in
from test_foundation import fill, submit, wait_for

MEMBER = "angelica.santos@meridianshore.example.com"
LEAD = "ramon.dizon@meridianshore.example.com"


def accessible_and_fits_a_phone(browser, name):
    """axe on the page as it is, then the same page at 390 px: nothing wider than the screen.
    Screenshots of both go to /tmp for a person to look at."""
    url = browser.current_url
    browser.save_screenshot(f"/tmp/culture-{name}-desktop.png")
    axe = Axe(browser)
    axe.inject()
    results = axe.run()
    assert results["violations"] == [], axe.report(results["violations"])
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})
    try:
        browser.get(url)
        width = browser.execute_script("return document.documentElement.scrollWidth")
        wide = browser.execute_script(
            "return [...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > 391).map(e => e.tagName + '.' + e.className).slice(0, 5)")
        assert width <= 390 and not wide, (width, wide)
        browser.save_screenshot(f"/tmp/culture-{name}-390.png")
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        browser.get(url)


def test_a_member_reads_the_list_a_brief_and_their_clients_pair_view(demo_server, browser):
    sign_in(browser, demo_server.url, MEMBER)
    browser.find_element(By.LINK_TEXT, "Culture").click()
    rows = browser.find_elements(By.CSS_SELECTOR, ".culture-countries > li")
    assert len(rows) >= 25
    assert "Philippines" in rows[0].text and "Your country" in rows[0].text
    assert "Your clients: Harbor & Vine Outfitters, Lakeshore Family Clinics" in browser.page_source.replace("&amp;", "&")
    accessible_and_fits_a_phone(browser, "list")

    browser.find_element(By.LINK_TEXT, "Japan").click()
    assert browser.find_element(By.TAG_NAME, "h1").text == "Japan"
    assert "こんにちは" in browser.page_source and "konnichiwa" in browser.page_source
    assert len(browser.find_elements(By.CSS_SELECTOR, ".c-scale-row")) == 8
    assert "People vary" in browser.find_element(By.CSS_SELECTOR, ".people-vary").text
    accessible_and_fits_a_phone(browser, "brief")

    browser.get(demo_server.url + "/culture")
    browser.find_element(By.LINK_TEXT, "Compare your country with a client's").click()
    assert browser.find_element(By.TAG_NAME, "h1").text == "Philippines and United States"
    assert browser.find_elements(By.XPATH, "//span[@class='badge' and text()='Friction likely']")
    assert browser.find_elements(By.CSS_SELECTOR, "article.c-script h3")
    accessible_and_fits_a_phone(browser, "pair")

    browser.get(demo_server.url + "/culture/UK")
    assert "No brief for “UK”" in browser.page_source
    browser.find_element(By.LINK_TEXT, "United Kingdom (GB)").click()
    assert browser.find_element(By.TAG_NAME, "h1").text == "United Kingdom"


def test_a_lead_writes_a_client_note_without_javascript(demo_server, browser):
    sign_in(browser, demo_server.url, LEAD)
    browser.get(demo_server.url + "/culture/US")
    browser.find_element(By.LINK_TEXT, "Harbor & Vine Outfitters").click()
    assert "Nobody has written a note for this client yet" in browser.page_source
    accessible_and_fits_a_phone(browser, "client-empty")
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        fill(browser, "f-note_names", "First names after the first call; Ms or Mr before that.")
        fill(browser, "f-escalation", "Account manager first, then the operations director.")
        Select(browser.find_element(By.ID, "f-owner")).select_by_visible_text("Ramon Dizon")
        submit(browser, "Save the note")
        assert "Saved." in browser.page_source
        assert "Account manager first, then the operations director." in browser.page_source
        assert "Ramon Dizon wrote the note" in browser.page_source
        submit(browser, "Reviewed today: still true")
        assert "Marked as reviewed today." in browser.page_source
    finally:
        browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
    browser.get(browser.current_url)
    accessible_and_fits_a_phone(browser, "client")


def test_know_yourself_and_the_checker_hint(demo_server, browser):
    sign_in(browser, demo_server.url, MEMBER)
    browser.get(demo_server.url + "/culture/me")
    for radio in browser.find_elements(By.CSS_SELECTOR, "input[type=radio][value='2']"):
        browser.execute_script("arguments[0].click()", radio)
    submit(browser, "Save my answers")
    assert "Where you sit" in browser.page_source
    accessible_and_fits_a_phone(browser, "me")
    browser.find_element(By.PARTIAL_LINK_TEXT, "You and United States").click()
    assert "You (M):" in browser.page_source

    browser.find_element(By.LINK_TEXT, "Check a message").click()
    Select(browser.find_element(By.ID, "recipient")).select_by_visible_text("Falcon Gulf Logistics · Asia/Dubai")
    fill(browser, "text", "We cannot move the deadline.")
    submit(browser, "Check")
    wait_for(browser, lambda b: "Culture hints: United Arab Emirates" in b.page_source)
    hints = [h.text for h in browser.find_elements(By.CSS_SELECTOR, ".culture-hint")]
    assert any("no greeting line" in h for h in hints) and any("We cannot" in h for h in hints), hints
    accessible_and_fits_a_phone(browser, "check")


CLAIMS_MEMBER = "arjun.rao@meridianshore.example.com"
CLAIMS_LEAD = "priya.nair@meridianshore.example.com"


def test_one_client_through_the_pair_view_its_note_and_the_checker(demo_server, browser):
    """Falcon Gulf Logistics (United Arab Emirates), served by the Claims Back Office in
    Bengaluru: the lead edits its note, a member reads the pair view from the note, marks the
    brief read (counted once), and the checker gives a culture hint for the client's country."""
    sign_in(browser, demo_server.url, CLAIMS_LEAD)
    browser.get(demo_server.url + "/culture/AE")
    browser.find_element(By.LINK_TEXT, "Falcon Gulf Logistics").click()
    fill(browser, "f-note_names", "Mr or Ms with the first name until they sign with a first name alone.")
    submit(browser, "Save the note")
    assert "Saved." in browser.page_source
    fill(browser, "f-escalation", "Operations manager by phone, then the regional director.")
    submit(browser, "Save the note")
    assert "Operations manager by phone, then the regional director." in browser.page_source
    assert "Priya Nair changed escalation" in browser.page_source
    note_url = browser.current_url.split("?")[0]

    browser.delete_all_cookies()
    sign_in(browser, demo_server.url, CLAIMS_MEMBER)
    browser.get(note_url)
    assert "Mr or Ms with the first name" in browser.page_source
    browser.find_element(By.PARTIAL_LINK_TEXT, "Your country and").click()
    assert browser.find_element(By.TAG_NAME, "h1").text == "India and United Arab Emirates"
    assert "People vary" in browser.find_element(By.CSS_SELECTOR, ".people-vary").text
    accessible_and_fits_a_phone(browser, "pair-ae")
    browser.get(note_url)
    submit(browser, "I have read this brief")
    assert "Counted:" in browser.page_source and "Read on " in browser.page_source
    accessible_and_fits_a_phone(browser, "client-read")

    browser.find_element(By.LINK_TEXT, "Check a message").click()
    Select(browser.find_element(By.ID, "recipient")).select_by_visible_text("Falcon Gulf Logistics · Asia/Dubai")
    fill(browser, "text", "No, we cannot move the deadline.")
    submit(browser, "Check")
    wait_for(browser, lambda b: "Culture hints: United Arab Emirates" in b.page_source)
    hints = [h.text for h in browser.find_elements(By.CSS_SELECTOR, ".culture-hint")]
    assert any("no greeting line" in h for h in hints), hints

    # The planner with the client: its holidays in those days and its brief's seasons, linked.
    client_id = note_url.rstrip("/").split("/")[-1]
    browser.get(f"{demo_server.url}/meetings?duration=30&from=2026-12-28&days=5&step=15&me=1&client={client_id}")
    panel = browser.find_element(By.CSS_SELECTOR, "section[aria-labelledby=h-clients]")
    assert "Falcon Gulf Logistics" in panel.text
    panel.find_element(By.TAG_NAME, "summary").click()
    assert "Ramadan" in panel.text
    assert panel.find_element(By.LINK_TEXT, "United Arab Emirates brief: hours and seasons").get_attribute("href").endswith("/culture/AE#s-working-week")
    axe = Axe(browser)
    axe.inject()
    results = axe.run()
    assert results["violations"] == [], axe.report(results["violations"])
