import { describe, expect, it } from "vitest";
import { findBrowser, type BrowserHost } from "./find-browser.ts";

/** A machine with exactly these executables; folders list what lies below them. */
function host(platform: NodeJS.Platform, executables: string[], env: Record<string, string> = {}, home = "/home/dev"): BrowserHost {
  return {
    env,
    platform,
    home,
    isExecutable: (file) => executables.includes(file),
    list: (dir) => [...new Set(executables.filter((f) => f.startsWith(`${dir}/`)).map((f) => f.slice(dir.length + 1).split("/")[0]!))],
  };
}

describe("findBrowser", () => {
  it("takes CHROMIUM_PATH when it names an executable, before anything else", () => {
    expect(findBrowser(host("linux", ["/usr/bin/chromium", "/opt/my/chrome"], { CHROMIUM_PATH: "/opt/my/chrome" }))).toBe("/opt/my/chrome");
  });

  it("fails clearly when CHROMIUM_PATH names nothing, rather than launching another browser", () => {
    expect(() => findBrowser(host("linux", ["/usr/bin/chromium"], { CHROMIUM_PATH: "/nowhere/chrome" }))).toThrow(
      /CHROMIUM_PATH is set to \/nowhere\/chrome, but no executable is there/,
    );
  });

  it("treats an empty CHROMIUM_PATH as unset", () => {
    expect(findBrowser(host("linux", ["/usr/bin/chromium"], { CHROMIUM_PATH: "" }))).toBe("/usr/bin/chromium");
  });

  it("finds the usual Linux installs: Debian, Ubuntu, Chrome, snap", () => {
    for (const file of [
      "/usr/bin/chromium",
      "/usr/bin/chromium-browser",
      "/usr/bin/google-chrome",
      "/usr/bin/google-chrome-stable",
      "/snap/bin/chromium",
      "/opt/google/chrome/chrome",
    ]) {
      expect(findBrowser(host("linux", [file]))).toBe(file);
    }
  });

  it("prefers Debian's Chromium to Chrome when both are there", () => {
    expect(findBrowser(host("linux", ["/usr/bin/google-chrome", "/usr/bin/chromium"]))).toBe("/usr/bin/chromium");
  });

  it("finds Chrome and Chromium apps on macOS, in /Applications and ~/Applications", () => {
    const chrome = "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
    const userChromium = "/Users/dev/Applications/Chromium.app/Contents/MacOS/Chromium";
    expect(findBrowser(host("darwin", [chrome, userChromium], {}, "/Users/dev"))).toBe(chrome);
    expect(findBrowser(host("darwin", [userChromium], {}, "/Users/dev"))).toBe(userChromium);
  });

  it("looks a browser up on PATH", () => {
    expect(findBrowser(host("linux", ["/nix/profile/bin/google-chrome"], { PATH: "/usr/local/bin:/nix/profile/bin" }))).toBe(
      "/nix/profile/bin/google-chrome",
    );
  });

  it("finds Playwright's download in ~/.cache/ms-playwright, newest revision first, full Chromium before the headless shell", () => {
    const cache = "/home/dev/.cache/ms-playwright";
    const files = [
      `${cache}/chromium_headless_shell-1255/chrome-headless-shell-linux64/chrome-headless-shell`,
      `${cache}/chromium-1140/chrome-linux/chrome`,
      `${cache}/chromium-1255/chrome-linux64/chrome`,
    ];
    expect(findBrowser(host("linux", files))).toBe(`${cache}/chromium-1255/chrome-linux64/chrome`);
    expect(findBrowser(host("linux", files.slice(0, 2)))).toBe(`${cache}/chromium-1140/chrome-linux/chrome`);
    expect(findBrowser(host("linux", files.slice(0, 1)))).toBe(files[0]);
  });

  it("compares revisions as numbers", () => {
    const cache = "/home/dev/.cache/ms-playwright";
    expect(findBrowser(host("linux", [`${cache}/chromium-999/chrome-linux/chrome`, `${cache}/chromium-1000/chrome-linux/chrome`]))).toBe(
      `${cache}/chromium-1000/chrome-linux/chrome`,
    );
  });

  it("uses PLAYWRIGHT_BROWSERS_PATH instead of the default cache", () => {
    const shared = "/srv/browsers/chromium-1255/chrome-linux64/chrome";
    expect(
      findBrowser(
        host("linux", [shared, "/home/dev/.cache/ms-playwright/chromium-1140/chrome-linux/chrome"], {
          PLAYWRIGHT_BROWSERS_PATH: "/srv/browsers",
        }),
      ),
    ).toBe(shared);
  });

  it("finds Playwright's downloads on macOS in ~/Library/Caches/ms-playwright", () => {
    const cache = "/Users/dev/Library/Caches/ms-playwright";
    const testing = `${cache}/chromium-1255/chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing`;
    const shell = `${cache}/chromium_headless_shell-1140/chrome-mac/headless_shell`;
    expect(findBrowser(host("darwin", [shell, testing], {}, "/Users/dev"))).toBe(testing);
    expect(findBrowser(host("darwin", [shell], {}, "/Users/dev"))).toBe(shell);
  });

  it("ignores folders of other browsers and stray files in the cache", () => {
    const cache = "/home/dev/.cache/ms-playwright";
    expect(
      findBrowser(host("linux", [`${cache}/firefox-1490/firefox/firefox`, `${cache}/chromium-old/chrome-linux/chrome`])),
    ).toBeUndefined();
  });

  it("finds nothing on a machine without a browser", () => {
    expect(findBrowser(host("linux", ["/usr/bin/firefox"], { PATH: "/usr/bin" }))).toBeUndefined();
    expect(findBrowser(host("darwin", [], {}, "/Users/dev"))).toBeUndefined();
  });
});
