"""Every page on a 390 px phone: found by following links from Today as a member, a lead and an
admin, each must fit the screen without sideways scrolling. The folded navigation opens with a
tap and no script; cancelling a meeting asks first; long pickers filter as you type."""
import urllib.parse

from selenium.webdriver.common.by import By

from test_foundation import fill, submit, wait_for

PASSWORD = "crosswise-demo"
# Links that leave the page (downloads, feeds, sign-out) or only repeat a page with other data.
SKIP = ("/signout", "/static/", "/calendar/", ".ics", ".json", "/healthz", "/download", "/export")


def sign_in(browser, url, email):
    browser.delete_all_cookies()
    browser.get(url + "/signin")
    fill(browser, "email", email)
    fill(browser, "password", PASSWORD)
    submit(browser, "Sign in")
    wait_for(browser, lambda b: urllib.parse.urlparse(b.current_url).path == "/")


def phone(browser):
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": False})


def pages_reached(browser, url, limit=45):
    """Breadth-first over same-site GET links, one page per path (query strings dropped)."""
    seen, queue, widths = set(), ["/"], {}
    while queue and len(seen) < limit:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        browser.get(url + path)
        widths[path] = browser.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
        for href in browser.execute_script("return Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href'))"):
            parsed = urllib.parse.urlparse(href)
            if parsed.netloc or not parsed.path.startswith("/") or any(s in parsed.path for s in SKIP):
                continue
            if parsed.path not in seen and parsed.path not in queue:
                queue.append(parsed.path)
    return widths


def test_every_page_fits_a_phone_for_member_lead_and_admin(demo_server, browser):
    phone(browser)
    browser.get(demo_server.url + "/signin")
    assert browser.execute_script("return document.documentElement.scrollWidth") <= 390
    checked = {}
    for email in ["angelica.santos@meridianshore.example.com", "priya.nair@meridianshore.example.com",
                  "isabel.reyes@meridianshore.example.com"]:
        sign_in(browser, demo_server.url, email)
        for path, (scroll, inner) in pages_reached(browser, demo_server.url).items():
            checked[(email, path)] = (scroll, inner)
    too_wide = {key: value for key, value in checked.items() if value[0] > value[1]}
    assert not too_wide, too_wide
    # The walk really went through the site, not just Today.
    paths = {path for _, path in checked}
    assert len(paths) >= 15, paths
    for expected in ["/meetings", "/meetings/mine", "/skills", "/inbox", "/admin", "/check"]:
        assert expected in paths, (expected, sorted(paths))


def test_the_folded_menu_opens_with_a_tap(demo_server, browser):
    phone(browser)
    sign_in(browser, demo_server.url, "angelica.santos@meridianshore.example.com")
    meetings = browser.find_element(By.CSS_SELECTOR, "nav[aria-label=Main] a[href='/meetings']")
    assert not meetings.is_displayed()
    browser.find_element(By.CSS_SELECTOR, "label.nav-button").click()
    wait_for(browser, lambda b: meetings.is_displayed())
    meetings.click()
    wait_for(browser, lambda b: urllib.parse.urlparse(b.current_url).path == "/meetings")
    # On a wide screen the links are simply there.
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False})
    assert browser.find_element(By.CSS_SELECTOR, "nav[aria-label=Main] a[href='/skills']").is_displayed()
    assert not browser.find_element(By.CSS_SELECTOR, "label.nav-button").is_displayed()


def test_a_long_picker_filters_and_says_who_is_chosen(demo_server, browser):
    sign_in(browser, demo_server.url, "priya.nair@meridianshore.example.com")
    browser.get(demo_server.url + "/meetings")
    box = browser.find_element(By.CSS_SELECTOR, "input.filter-box[aria-label='Filter people']")
    box.send_keys("kozlowska")  # typed without the accent
    labels = browser.find_elements(By.CSS_SELECTOR, "div[data-filter='Filter people'] label")
    shown = [label.text for label in labels if label.is_displayed()]
    assert shown and all("Kozłowska" in text for text in shown), shown
    shown_label = next(label for label in labels if label.is_displayed())
    shown_label.find_element(By.TAG_NAME, "input").click()
    chosen = browser.find_element(By.ID, "people-chosen").text
    assert chosen.startswith("Chosen (1): ") and "Kozłowska" in chosen, chosen
    box.clear()
    box.send_keys(" ")
    assert len([label for label in labels if label.is_displayed()]) == len(labels)


def test_cancelling_a_meeting_asks_first_and_names_who_is_told(demo_server, browser):
    sign_in(browser, demo_server.url, "angelica.santos@meridianshore.example.com")
    browser.get(demo_server.url + "/meetings")
    browser.find_element(By.XPATH, "//label[contains(., 'Claims Back Office')]/input").click()
    submit(browser, "Find times")
    browser.find_element(By.CSS_SELECTOR, "ol.slots li form button").click()
    wait_for(browser, lambda b: "/meetings/mine" in b.current_url)
    before = len(browser.find_elements(By.PARTIAL_LINK_TEXT, "Cancel…"))
    browser.find_element(By.PARTIAL_LINK_TEXT, "Cancel…").click()
    wait_for(browser, lambda b: urllib.parse.urlparse(b.current_url).path.endswith("/cancel"))
    assert "These people are told" in browser.page_source
    told = browser.find_elements(By.CSS_SELECTOR, "form ul li")
    assert len(told) >= 3
    browser.find_element(By.LINK_TEXT, "Keep it").click()
    wait_for(browser, lambda b: "/meetings/mine" in b.current_url)
    assert len(browser.find_elements(By.PARTIAL_LINK_TEXT, "Cancel…")) == before
    browser.find_element(By.PARTIAL_LINK_TEXT, "Cancel…").click()
    submit(browser, "Cancel the meeting")
    wait_for(browser, lambda b: "notice=cancelled" in b.current_url)
    assert "Everyone invited has a notice" in browser.page_source
    assert len(browser.find_elements(By.PARTIAL_LINK_TEXT, "Cancel…")) == before - 1
