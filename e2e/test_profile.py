"""My profile in a real browser: the place picker with its script (type "Cebu", choose it) and
without (the grouped zone select and the search that lists radio buttons), the per-day hours
editor, and the page at 390 px: no sideways scrolling, axe-core clean, screenshots kept."""
import os

import pytest
from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import ARTIFACTS
from test_booking import sign_in
from test_foundation import fill, submit, wait_for

MEMBER = "angelica.santos@meridianshore.example.com"


@pytest.fixture
def scriptless_browser():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for arg in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000"]:
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(options=options, service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")))
    driver.implicitly_wait(5)
    yield driver
    driver.quit()


def field(browser, field_id):
    return browser.find_element(By.ID, field_id).get_attribute("value")


def no_axe_violations(browser):
    axe = Axe(browser)
    axe.inject()
    violations = axe.run()["violations"]
    assert violations == [], [(v["id"], [n["target"] for n in v["nodes"]]) for v in violations]


def test_typing_cebu_and_choosing_it_sets_zone_country_and_region(demo_server, browser):
    browser.execute_cdp_cmd("Emulation.setTimezoneOverride", {"timezoneId": "Asia/Kolkata"})
    sign_in(browser, demo_server.url, MEMBER)
    browser.get(demo_server.url + "/profile")
    # The device's own zone is offered before anything is typed.
    wait_for(browser, lambda b: "Kolkata" in b.find_element(By.ID, "place-results").text)
    box = browser.find_element(By.ID, "f-place")
    box.send_keys("Cebu")
    wait_for(browser, lambda b: "Cebu City" in b.find_element(By.ID, "place-results").text)
    browser.find_element(By.XPATH, "//div[@id='place-results']//button[starts-with(normalize-space(), 'Cebu City')]").click()
    assert field(browser, "f-time_zone") == "Asia/Manila"
    assert field(browser, "f-country") == "PH" and field(browser, "f-subdivision") == "PH-07"
    assert "Chosen: Cebu City" in browser.find_element(By.ID, "place-results").text
    submit(browser, "Save profile")
    assert "Saved." in browser.find_element(By.CSS_SELECTOR, ".notice").text
    assert field(browser, "f-subdivision") == "PH-07"
    assert Select(browser.find_element(By.ID, "f-time_zone")).first_selected_option.get_attribute("value") == "Asia/Manila"


def test_without_scripts_the_grouped_select_and_the_search_list_work(demo_server, scriptless_browser):
    browser = scriptless_browser
    sign_in(browser, demo_server.url, MEMBER)
    browser.get(demo_server.url + "/profile")
    assert browser.find_element(By.ID, "place-results").text == ""
    groups = [g.get_attribute("label") for g in browser.find_elements(By.CSS_SELECTOR, "#f-time_zone optgroup")]
    assert "Asia" in groups and "Europe" in groups and "America" in groups
    Select(browser.find_element(By.ID, "f-time_zone")).select_by_value("Europe/Warsaw")
    Select(browser.find_element(By.ID, "f-country")).select_by_value("PL")
    fill(browser, "f-subdivision", "")
    submit(browser, "Save profile")
    assert "Saved." in browser.page_source
    assert Select(browser.find_element(By.ID, "f-time_zone")).first_selected_option.get_attribute("value") == "Europe/Warsaw"

    fill(browser, "f-place", "Toronto")
    submit(browser, "Find")
    assert "place=Toronto" in browser.current_url
    browser.find_element(By.XPATH, "//label[contains(., 'Toronto, Ontario')]/input").click()
    submit(browser, "Save profile")
    assert Select(browser.find_element(By.ID, "f-time_zone")).first_selected_option.get_attribute("value") == "America/Toronto"
    assert field(browser, "f-country") == "CA" and field(browser, "f-subdivision") == "CA-ON"


def test_the_day_rows_write_the_text_format(demo_server, browser):
    sign_in(browser, demo_server.url, MEMBER)
    browser.get(demo_server.url + "/profile")
    for day in ["mon", "tue", "wed", "thu", "fri"]:
        fill(browser, f"f-hours-{day}-1-start", "")
        fill(browser, f"f-hours-{day}-1-end", "")
    fill(browser, "f-hours-mon-1-start", "9")
    fill(browser, "f-hours-mon-1-end", "12")
    fill(browser, "f-hours-mon-2-start", "1")
    fill(browser, "f-hours-mon-2-end", "5")
    fill(browser, "f-hours-tue-1-start", "9am")
    fill(browser, "f-hours-tue-1-end", "5pm")
    fill(browser, "f-hours-wed-1-start", "21:00")
    fill(browser, "f-hours-wed-1-end", "06:00")
    submit(browser, "Save profile")
    assert "taken from the day rows" in browser.find_element(By.CSS_SELECTOR, ".notice").text
    text = field(browser, "f-working_hours")
    assert "Mon 09:00-12:00,13:00-17:00" in text and "Tue 09:00-17:00" in text and "Wed 21:00-06:00" in text
    # A row that cannot be read is named, and nothing changes.
    fill(browser, "f-hours-thu-1-start", "25:70")
    fill(browser, "f-hours-thu-1-end", "later")
    submit(browser, "Save profile")
    assert "Thursday" in browser.find_element(By.CSS_SELECTOR, ".alert").text
    assert field(browser, "f-hours-thu-1-start") == "25:70"
    browser.get(demo_server.url + "/profile")
    assert field(browser, "f-working_hours") == text


@pytest.mark.parametrize("width", [1280, 390])
def test_the_page_fits_and_is_accessible(demo_server, browser, width):
    if width < 500:
        # Headless Chromium will not make a window narrower than 500 px; emulate the phone instead.
        browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})
    sign_in(browser, demo_server.url, MEMBER)
    browser.get(demo_server.url + "/profile?place=Cebu")
    browser.find_element(By.ID, "f-place")
    assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")
    ARTIFACTS.mkdir(exist_ok=True)
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": browser.execute_script("return document.documentElement.scrollHeight"),
        "deviceScaleFactor": 1, "mobile": width < 500})
    browser.save_screenshot(str(ARTIFACTS / f"profile-{width}.png"))
    no_axe_violations(browser)
