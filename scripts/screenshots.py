#!/usr/bin/env python3
"""Signs in to a running Crosswise and saves screenshots of the main pages, desktop and phone.

    .venv/bin/python scripts/screenshots.py http://127.0.0.1:8080 out/
"""
import sys, pathlib
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

base, out = sys.argv[1], pathlib.Path(sys.argv[2])
email = sys.argv[3] if len(sys.argv) > 3 else "isabel.reyes@meridianshore.example.com"
out.mkdir(parents=True, exist_ok=True)
options = webdriver.ChromeOptions()
for arg in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900"]:
    options.add_argument(arg)
options.binary_location = "/usr/bin/chromium"
driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
try:
    driver.get(base + "/signin")
    driver.save_screenshot(str(out / "signin.png"))
    driver.find_element(By.ID, "email").send_keys(email)
    driver.find_element(By.ID, "password").send_keys("crosswise-demo")
    driver.find_element(By.CSS_SELECTOR, "form.card button[type=submit]").click()
    WebDriverWait(driver, 10).until(lambda d: "/signin" not in d.current_url)
    pages = sys.argv[4:] or ["/", "/team", "/admin", "/admin/people", "/admin/import", "/nope"]
    for path in pages:
        driver.get(base + path)
        name = path.strip("/").replace("/", "_") or "today"
        height = driver.execute_script("return document.body.scrollHeight")
        driver.set_window_size(1280, min(max(height, 900), 4000))
        driver.save_screenshot(str(out / f"{name}.png"))
    driver.set_window_size(390, 1600)
    driver.get(base + "/")
    driver.save_screenshot(str(out / "today_phone.png"))
finally:
    driver.quit()
