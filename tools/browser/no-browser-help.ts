/** What to install when no browser is found, for the person running the browser tests. */
export const NO_BROWSER_HELP = `No Chromium or Chrome found for the browser tests (web/e2e/). Install one, then run the tests again:
  Debian/Ubuntu:  sudo apt-get install chromium
  macOS:          Google Chrome (https://www.google.com/chrome/), or: brew install --cask chromium
  any system:     npx playwright-core install chromium   (downloads Playwright's Chromium from cdn.playwright.dev)
or set CHROMIUM_PATH to a Chromium or Chrome executable.`;
