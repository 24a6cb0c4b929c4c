import { useEffect, useState } from "react";
import { type HashRoute, parseHashRoute } from "./hash-route.ts";

/** The current hash route, updated on every navigation: links, back and forward, `navigate` and `replaceRoute`. */
export function useHashRoute(): HashRoute {
  const [route, setRoute] = useState(() => parseHashRoute(window.location.hash));
  useEffect(() => {
    // popstate too: going back to an entry that replaceRoute wrote (history.replaceState) fires no hashchange in Chromium.
    const onChange = () => setRoute(parseHashRoute(window.location.hash));
    window.addEventListener("hashchange", onChange);
    window.addEventListener("popstate", onChange);
    return () => {
      window.removeEventListener("hashchange", onChange);
      window.removeEventListener("popstate", onChange);
    };
  }, []);
  return route;
}
