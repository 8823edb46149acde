"""Skills in a real browser: a member takes the self-assessment, stops half way, comes back to
the part where they stopped, finishes, sees the profile with its chart, and drafts a plan; the
lead then rates them and comments on the plan."""
import re

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from test_booking import sign_in
from test_foundation import submit, wait_for


def answer_this_part(browser, frequency="4"):
    """Often for every statement, the first option for every situation. Clicked through the
    DOM so a sticky footer cannot intercept the click; the page itself needs no script."""
    for radio in browser.find_elements(By.CSS_SELECTOR, f"input[type=radio][name^='f:'][value='{frequency}']"):
        browser.execute_script("arguments[0].click()", radio)
    for fieldset in browser.find_elements(By.CSS_SELECTOR, "fieldset.scenario"):
        browser.execute_script("arguments[0].click()", fieldset.find_element(By.CSS_SELECTOR, "input[type=radio]"))


def part_number(browser):
    return int(re.search(r"Part (\d+) of (\d+)", browser.page_source).group(1))


def test_assessment_stop_resume_finish_profile_and_plan(demo_server, browser):
    sign_in(browser, demo_server.url, "angelica.santos@meridianshore.example.com")
    browser.find_element(By.LINK_TEXT, "Skills").click()
    browser.find_element(By.LINK_TEXT, "Assess yourself again").click()
    submit(browser, "Start the self-assessment")
    parts = int(re.search(r"Part 1 of (\d+)", browser.page_source).group(1))
    assert parts >= 5

    # Half way: answer the first parts, then stop.
    half = parts // 2
    for _ in range(half):
        answer_this_part(browser)
        submit(browser, "Save and continue")
    answer_this_part(browser)
    submit(browser, "Save and stop for now")
    assert browser.current_url.endswith("/skills?notice=progress-saved")
    assert "You have a self-assessment in progress" in browser.page_source

    # Resuming opens the first part with questions left, with earlier answers kept.
    browser.find_element(By.LINK_TEXT, "Carry on").click()
    assert part_number(browser) == half + 2
    browser.find_element(By.CSS_SELECTOR, "a[href='/skills/assessment?part=1']").click()
    assert "Communication" in browser.find_element(By.CSS_SELECTOR, ".lede").text
    assert len(browser.find_elements(By.CSS_SELECTOR, "input[type=radio][name^='f:'][value='4']:checked")) >= 4
    browser.find_element(By.CSS_SELECTOR, f"a[href='/skills/assessment?part={half + 2}']").click()

    while part_number(browser) < parts:
        answer_this_part(browser)
        submit(browser, "Save and continue")
    answer_this_part(browser)
    submit(browser, "Save and finish")
    assert "Assessment finished" in browser.page_source
    assert browser.find_elements(By.CSS_SELECTOR, "svg.radar polygon.level")
    assert "Self-assessment" in browser.find_element(By.CSS_SELECTOR, ".profile-table").text

    # A plan from the profile: three goals, then activated.
    browser.find_element(By.LINK_TEXT, "My plan").click()
    Select(browser.find_element(By.ID, "f-role")).select_by_visible_text("Team Lead")
    submit(browser, "Draft my plan")
    assert "A draft plan is ready" in browser.page_source
    assert len(browser.find_elements(By.CSS_SELECTOR, "article.goal")) == 3
    Select(browser.find_element(By.ID, "status")).select_by_value("active")
    submit(browser, "Save the plan")
    assert "Towards Team Lead" in browser.find_element(By.CSS_SELECTOR, ".lede").text
    assert browser.find_element(By.CSS_SELECTOR, ".lede .pill").text.lower() == "active"

    # Narrow screens: the plan fits a phone without sideways scrolling.
    browser.set_window_size(390, 900)
    assert browser.execute_script("return document.documentElement.scrollWidth") <= 390
    browser.set_window_size(1280, 900)


def test_lead_rates_a_team_member_with_an_example(demo_server, browser):
    sign_in(browser, demo_server.url, "priya.nair@meridianshore.example.com")
    browser.get(demo_server.url + "/skills/people")
    assert "Angelica Santos" not in browser.page_source  # not in Priya's team
    browser.find_element(By.LINK_TEXT, "Arjun Rao").click()
    Select(browser.find_element(By.ID, "f-feedback-level")).select_by_value("4")
    browser.find_element(By.ID, "f-feedback-comment").send_keys("Acts on calibration notes within the week")
    submit(browser, "Save ratings")
    # No example: refused, and what was typed is still there.
    assert "give an example you saw" in browser.page_source
    assert browser.find_element(By.ID, "f-feedback-comment").get_attribute("value") == "Acts on calibration notes within the week"
    browser.find_element(By.ID, "f-feedback-example").send_keys("Rewrote the claims macro after the client's review")
    submit(browser, "Save ratings")
    assert "Rating saved" in browser.page_source
    assert "Rewrote the claims macro" in browser.find_element(By.CSS_SELECTOR, ".profile-table").text
