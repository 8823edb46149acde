"""Feedback requests, plan actions and client links in a real browser: the demo member asks two
colleagues a question, one answers through the give form, the asker sees who answered and
turns the answer into a plan action; a client answers through a link on a 390 px window with
JavaScript off. axe-core finds nothing on any of these pages."""
import re

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from test_booking import sign_in
from test_foundation import fill, submit
from test_profile import no_axe_violations, scriptless_browser  # noqa: F401 (a fixture)

MEMBER = "angelica.santos@meridianshore.example.com"
MARK = "mark.villanueva@meridianshore.example.com"


def sign_out(browser, url):
    browser.delete_all_cookies()
    browser.get(url + "/signin")


def fits_a_phone(browser):
    browser.set_window_size(390, 900)
    width = browser.execute_script("return document.documentElement.scrollWidth")
    browser.set_window_size(1280, 1000)
    return width <= 390


def tick(browser, name):
    box = browser.find_element(By.XPATH, f"//div[@id='people-list']//label[contains(normalize-space(), '{name}')]/input")
    browser.execute_script("arguments[0].click()", box)


def test_ask_answer_see_who_answered_and_add_it_to_the_plan(demo_server, browser):
    url = demo_server.url
    sign_in(browser, url, MEMBER)
    browser.get(url + "/feedback")
    assert "Asked of you" in browser.page_source  # the demo's open request from Carlo Ramos
    browser.find_element(By.LINK_TEXT, "Ask for feedback").click()
    no_axe_violations(browser)
    assert fits_a_phone(browser)
    # Nobody chosen: refused, the question kept.
    fill(browser, "f-question", "Was my summary of the Northline outage clear?")
    submit(browser, "Ask")
    assert "Choose at least one colleague" in browser.page_source
    assert "Northline outage" in browser.find_element(By.ID, "f-question").get_attribute("value")
    tick(browser, "Mark Villanueva")
    tick(browser, "Kristine Aquino")
    submit(browser, "Ask")
    assert "Asked." in browser.find_element(By.CSS_SELECTOR, ".notice").text
    assert "0 of 2 answered" in browser.page_source
    request_url = browser.current_url.split("?")[0]
    no_axe_violations(browser)

    # Mark answers from his Feedback page through the give form.
    sign_out(browser, url)
    sign_in(browser, url, MARK)
    browser.get(url + "/feedback")
    browser.find_element(By.LINK_TEXT, "Was my summary of the Northline outage clear?").click()
    browser.find_element(By.LINK_TEXT, "Answer").click()
    assert "Answering the question" in browser.page_source
    browser.execute_script("arguments[0].click()", browser.find_element(By.ID, "kind-suggestion"))
    fill(browser, "f-situation", "Wednesday's outage call with Northline")
    fill(browser, "f-behaviour", "You gave the cause and the fix in the first two sentences")
    fill(browser, "f-impact", "The client's manager stopped asking for updates every ten minutes")
    fill(browser, "f-next_time", "Add the time of the next update in your closing line")
    browser.execute_script("arguments[0].click()", browser.find_element(By.ID, "visibility-person"))
    submit(browser, "Send")
    assert "It answers their request" in browser.page_source

    # The asker sees who answered, opens the answer and adds it to the plan in one step.
    sign_out(browser, url)
    sign_in(browser, url, MEMBER)
    browser.get(request_url)
    assert "1 of 2 answered" in browser.page_source
    assert "Not yet" in browser.page_source or "Hears of it" in browser.page_source
    browser.find_element(By.PARTIAL_LINK_TEXT, "Answered").click()
    if "Add to my plan" in browser.page_source and not browser.find_elements(By.LINK_TEXT, "development plan"):
        Select(browser.find_element(By.ID, "f-plan_competency")).select_by_visible_text("Written communication")
        assert "next update" in browser.find_element(By.ID, "f-plan_action").get_attribute("value")
        submit(browser, "Add to my plan")
        if "no development plan" in browser.page_source:
            # The demo member has no plan yet: draft one, then come back.
            entry_url = browser.current_url
            browser.get(url + "/skills/plan")
            Select(browser.find_element(By.ID, "f-role")).select_by_visible_text("Team Lead")
            submit(browser, "Draft my plan")
            browser.get(entry_url)
            Select(browser.find_element(By.ID, "f-plan_competency")).select_by_visible_text("Written communication")
            submit(browser, "Add to my plan")
        assert "Added to your development plan" in browser.page_source
    assert "This became a practice action" in browser.page_source
    no_axe_violations(browser)
    browser.find_element(By.LINK_TEXT, "development plan").click()
    assert "from feedback of" in browser.page_source

    # The person's own feedback health counts the answered request and the plan action.
    browser.get(url + "/feedback/health")
    assert "Feedback you received that became plan actions" in browser.page_source
    no_axe_violations(browser)
    assert fits_a_phone(browser)


def test_a_client_answers_through_the_link_on_a_phone_without_javascript(demo_server, browser, scriptless_browser):
    url = demo_server.url
    sign_in(browser, url, MEMBER)
    browser.get(url + "/feedback/clients")
    fill(browser, "f-client_name", "Lee Okafor")
    submit(browser, "Make the link")
    link = browser.find_element(By.ID, "made-url").get_attribute("value")
    assert re.search(r"/f/[A-Za-z0-9_-]{43}$", link)
    no_axe_violations(browser)

    # The client's page, checked with axe in the scripted browser (opening it uses nothing up).
    browser.get(link)
    no_axe_violations(browser)

    client = scriptless_browser
    client.set_window_size(390, 900)
    client.get(link)
    assert "Who reads this" in client.page_source and "Angelica Santos" in client.page_source
    assert client.execute_script("return document.documentElement.scrollWidth") <= 390
    client.save_screenshot("/tmp/client-feedback-390.png")
    client.find_element(By.ID, "clarity-4").click()
    client.find_element(By.ID, "responsiveness-5").click()
    submit(client, "Send feedback")
    assert "Choose a rating from 1 to 5 for care" in client.page_source
    assert client.find_element(By.ID, "clarity-4").is_selected()
    client.find_element(By.ID, "care-3").click()
    client.find_element(By.ID, "f-comment").send_keys("Updates came every morning before our stand-up.")
    submit(client, "Send feedback")
    assert "Thank you" in client.page_source
    client.get(link)
    assert "This link has been used" in client.page_source

    browser.get(url + "/feedback")
    assert "From client: Lee Okafor" in browser.page_source
    browser.get(url + "/feedback/clients")
    assert "Answered" in browser.page_source
    assert fits_a_phone(browser)
