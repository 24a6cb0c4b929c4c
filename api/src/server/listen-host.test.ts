import { describe, expect, it } from "vitest";
import type { AuthConfig } from "../auth/auth-config.ts";
import { isLoopbackHost, listenHost } from "./listen-host.ts";

const secret = "unit-test-secret-0123456789abcdefghij";
const withDevLogin: AuthConfig = { kind: "secret", secret, devLogin: true };
const withoutDevLogin: AuthConfig = { kind: "secret", secret, devLogin: false };

describe("listenHost", () => {
  it("defaults to 127.0.0.1", () => {
    expect(listenHost(withoutDevLogin, undefined)).toBe("127.0.0.1");
    expect(listenHost(withoutDevLogin, "")).toBe("127.0.0.1");
  });

  it("listens anywhere HOST says when the development login is off", () => {
    expect(listenHost(withoutDevLogin, "0.0.0.0")).toBe("0.0.0.0");
  });

  it("refuses any but a loopback address while the development login is on", () => {
    for (const host of ["0.0.0.0", "::", "192.168.1.20", "pharmagraph.example.com"]) {
      expect(() => listenHost(withDevLogin, host)).toThrow(/development login .* loopback address, not HOST=/);
    }
    for (const host of ["127.0.0.1", "127.0.0.2", "localhost", "::1"]) expect(listenHost(withDevLogin, host)).toBe(host);
  });
});

describe("isLoopbackHost", () => {
  it("knows this machine's names and addresses, and nothing else", () => {
    expect(["localhost", "127.0.0.1", "127.1.2.3", "::1", "[::1]"].every(isLoopbackHost)).toBe(true);
    expect(["0.0.0.0", "::", "10.0.0.1", "localhost.evil.test", "127.0.0.1.evil.test"].some(isLoopbackHost)).toBe(false);
  });
});
