"""The first hour of a new Crosswise installation, in a real browser: set up the organization,
sign in, create a site and a team, import people from a CSV file, and find them on the team page."""
import os
import tempfile

from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait


def wait_for(browser, condition):
    WebDriverWait(browser, 10).until(lambda b: condition(b))


def fill(browser, field_id, text):
    element = browser.find_element(By.ID, field_id)
    element.clear()
    element.send_keys(text)
    if element.get_attribute("list"):
        # Close the suggestion list of a <datalist> input so it cannot cover the next click.
        element.send_keys(Keys.ESCAPE)


def submit(browser, label):
    """Clicks a button and waits for the next page to replace this one."""
    page = browser.find_element(By.TAG_NAME, "html")
    browser.find_element(By.XPATH, f"//button[normalize-space()='{label}']").click()
    WebDriverWait(browser, 15).until(lambda b: replaced(page))


def replaced(element):
    """Whether the element's page is gone. Chromedriver sometimes answers a question about an
    element of the old page with "Node ... does not belong to the document" instead of a stale
    element error (seen once in CI on a fast redirect); both mean the page was replaced."""
    try:
        return expected_conditions.staleness_of(element)(None)
    except WebDriverException as error:
        if "does not belong to the document" in str(error):
            return True
        raise


def test_setup_signin_team_import_and_team_page(server, browser):
    browser.get(server.url + "/")
    assert browser.current_url.endswith("/setup")
    # A weak password is refused and nothing is created.
    fill(browser, "f-organization", "Bayside Support Co")
    fill(browser, "f-name", "Ana Cruz")
    fill(browser, "f-email", "ana@bayside.example.com")
    fill(browser, "f-password", "short")
    fill(browser, "f-time_zone", "Asia/Manila")
    Select(browser.find_element(By.ID, "f-country")).select_by_value("PH")
    submit(browser, "Create organization")
    assert "at least 10 characters" in browser.page_source
    fill(browser, "f-password", "bayside-secret-2026")
    submit(browser, "Create organization")
    wait_for(browser, lambda b: b.current_url.endswith("/admin"))

    # Sign out and back in.
    browser.find_element(By.CSS_SELECTOR, "details.account summary").click()
    submit(browser, "Sign out")
    wait_for(browser, lambda b: "/signin" in b.current_url)
    fill(browser, "email", "ana@bayside.example.com")
    fill(browser, "password", "bayside-secret-2026")
    submit(browser, "Sign in")
    wait_for(browser, lambda b: b.current_url.endswith("/"))
    assert "Ana" in browser.find_element(By.TAG_NAME, "h1").text

    # A site, then a team based there.
    browser.get(server.url + "/admin/sites/new")
    fill(browser, "f-name", "Manila – Ortigas")
    fill(browser, "f-city", "Pasig")
    Select(browser.find_element(By.ID, "f-country")).select_by_value("PH")
    fill(browser, "f-time_zone", "Asia/Manila")
    submit(browser, "Add site")
    wait_for(browser, lambda b: "/admin/sites?" in b.current_url)
    assert "Manila – Ortigas" in browser.page_source

    browser.get(server.url + "/admin/teams/new")
    fill(browser, "f-name", "Night Desk")
    Select(browser.find_element(By.ID, "f-site")).select_by_visible_text("Manila – Ortigas")
    submit(browser, "Add team")
    wait_for(browser, lambda b: "/teams/" in b.current_url)
    assert browser.find_element(By.TAG_NAME, "h1").text == "Night Desk"

    # Import people: a bad file is refused whole, the fixed one lands.
    rows = [
        "name,email,role,site,teams,time_zone,country,subdivision,working_hours,weekend,languages",
        "Joy Bautista,joy@bayside.example.com,member,Manila – Ortigas,Night Desk,Asia/Manila,PH,PH-00,Mon-Fri 21:00-06:00,Sat;Sun,en;fil",
        "Ramon Dizon,ramon@bayside.example.com,lead,Manila – Ortigas,Night Desk,Asia/Manila,PH,,Mon-Fri 20:00-05:00,,en",
        "Bad Row,bad@bayside.example.com,member,,Night Desk,Asia/Manilla,PH,,Mon-Fri 09:00-17:00,,en",
    ]
    with tempfile.TemporaryDirectory() as folder:
        bad = os.path.join(folder, "bad.csv")
        with open(bad, "w", encoding="utf-8") as f:
            f.write("\n".join(rows) + "\n")
        browser.get(server.url + "/admin/import")
        browser.find_element(By.ID, "f-file").send_keys(bad)
        submit(browser, "Import")
        wait_for(browser, lambda b: "Nothing was written" in b.page_source)
        assert "Asia/Manilla" in browser.page_source

        good = os.path.join(folder, "good.csv")
        with open(good, "w", encoding="utf-8") as f:
            f.write("\n".join(rows[:3]) + "\n")
        browser.get(server.url + "/admin/import")
        browser.find_element(By.ID, "f-file").send_keys(good)
        submit(browser, "Check")
        wait_for(browser, lambda b: "will be created" in b.page_source)
        browser.find_element(By.ID, "f-file").send_keys(good)
        submit(browser, "Import")
        wait_for(browser, lambda b: "2 people created" in b.page_source)

    browser.get(server.url + "/teams")
    browser.find_element(By.LINK_TEXT, "Night Desk").click()
    table = browser.find_element(By.TAG_NAME, "table").text
    assert "Joy Bautista" in table and "Ramon Dizon" in table
    assert "Mon-Fri 21:00-06:00" in table


def test_demo_signins_and_roles(demo_server, browser):
    assert any("isabel.reyes@meridianshore.example.com" in line for line in demo_server.output)
    browser.get(demo_server.url + "/signin")
    assert "crosswise-demo" in browser.page_source
    fill(browser, "email", "angelica.santos@meridianshore.example.com")
    fill(browser, "password", "crosswise-demo")
    submit(browser, "Sign in")
    wait_for(browser, lambda b: b.current_url.endswith("/"))
    nav = browser.find_element(By.CSS_SELECTOR, "nav").text
    assert "Today" in nav and "Team" in nav and "Admin" not in nav
    assert "Night Desk – Customer Care" in browser.page_source
    browser.get(demo_server.url + "/admin/people")
    assert "Not allowed" in browser.page_source
    # The page works on a phone-sized screen without horizontal scrolling of the page itself.
    browser.set_window_size(390, 900)
    browser.get(demo_server.url + "/")
    width = browser.execute_script("return document.documentElement.scrollWidth")
    assert width <= 390
