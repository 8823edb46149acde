"""The people finder of a large organization (300 people: past the 200 a list shows whole), in a
real browser: with its script names come as you type and a ticked one stays through the next
search and into the plan; without it, Find reloads the planner with what was typed kept; on
/check a colleague is found and chosen without losing the message. axe-core clean, at 390 px too."""
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import Server
from test_booking import sign_in
from test_foundation import wait_for
from test_profile import no_axe_violations, scriptless_browser  # noqa: F401 (a fixture)

MEMBER = "angelica.santos@meridianshore.example.com"


@pytest.fixture
def large_server():
    s = Server("--demo", "--people", "300")
    yield s
    s.stop()


def people_boxes(browser):
    return browser.find_elements(By.CSS_SELECTOR, "#people-list input[name=person]")


def test_typing_finds_people_and_a_ticked_one_stays_into_the_plan(large_server, browser):
    sign_in(browser, large_server.url, MEMBER)
    browser.get(large_server.url + "/meetings")
    assert people_boxes(browser) == []
    assert "300 people" in browser.find_element(By.ID, "who-hint").text
    finder = browser.find_element(By.ID, "f-who")
    finder.send_keys("villa")
    wait_for(browser, lambda b: any("Mark Villanueva" in box.find_element(By.XPATH, "..").text for box in people_boxes(b)))
    mark = next(box for box in people_boxes(browser) if "Mark Villanueva" in box.find_element(By.XPATH, "..").text)
    mark.click()
    assert "Mark Villanueva" in browser.find_element(By.ID, "people-chosen").text
    # A second search replaces the unticked names and keeps the ticked one.
    finder.clear()
    finder.send_keys("bautista")
    wait_for(browser, lambda b: any("Joy Bautista" in box.find_element(By.XPATH, "..").text for box in people_boxes(b)))
    labels = [box.find_element(By.XPATH, "..").text for box in people_boxes(browser)]
    assert any("Mark Villanueva" in label for label in labels) and len(labels) <= 21
    no_axe_violations(browser)
    # The visible button (a hidden twin comes first in the form so that Enter means Find times).
    browser.find_element(By.XPATH, "//button[normalize-space()='Find times' and not(@aria-hidden)]").click()
    wait_for(browser, lambda b: b.find_elements(By.CSS_SELECTOR, "table.grid"))
    assert "Mark Villanueva" in browser.find_element(By.CSS_SELECTOR, "table.grid").text


def test_without_javascript_find_reloads_the_planner_with_what_was_typed(large_server, scriptless_browser):
    browser = scriptless_browser
    sign_in(browser, large_server.url, MEMBER)
    browser.get(large_server.url + "/meetings")
    title = browser.find_element(By.ID, "title")
    title.clear()
    title.send_keys("Handover sync")
    browser.find_element(By.ID, "f-who").send_keys("mark vil")
    browser.find_element(By.XPATH, "//button[normalize-space()='Find']").click()
    wait_for(browser, lambda b: len(people_boxes(b)) >= 1)
    assert browser.find_element(By.ID, "title").get_attribute("value") == "Handover sync"
    assert browser.find_element(By.ID, "f-who").get_attribute("value") == "mark vil"
    # Find plans nothing: no grid until Find times.
    assert browser.find_elements(By.CSS_SELECTOR, "table.grid") == []
    assert all("Mark Villanueva" in box.find_element(By.XPATH, "..").text for box in people_boxes(browser))


def test_check_finds_a_colleague_and_keeps_the_message_at_phone_width(large_server, browser):
    browser.set_window_size(390, 900)
    sign_in(browser, large_server.url, MEMBER)
    browser.get(large_server.url + "/check")
    browser.find_element(By.ID, "text").send_keys("Can you circle back on the AHT numbers by EOD?")
    browser.find_element(By.ID, "f-who").send_keys("villanueva")
    recipient = browser.find_element(By.ID, "recipient")
    wait_for(browser, lambda b: any("Mark Villanueva" in o.text for o in Select(recipient).options))
    Select(recipient).select_by_visible_text(next(o.text for o in Select(recipient).options if "Mark Villanueva" in o.text))
    assert browser.execute_script("return document.documentElement.scrollWidth") <= 390
    no_axe_violations(browser)
    browser.find_element(By.XPATH, "//form[@id='check-form']//button[normalize-space()='Check' and not(@aria-hidden)]").click()
    wait_for(browser, lambda b: "Times are read for Mark Villanueva" in b.page_source)
    assert "circle back" in browser.find_element(By.ID, "text").get_attribute("value")
    assert "Mark Villanueva" in Select(browser.find_element(By.ID, "recipient")).first_selected_option.text
