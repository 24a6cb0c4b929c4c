import { useEffect, useState } from "react";
import { type HashRoute, parseHashRoute } from "./hash-route.ts";

/** The current hash route, updated on every navigation: links, back and forward, `navigate` and `replaceRoute`. */
export function useHashRoute(): HashRoute {
  const [route, setRoute] = useState(() => parseHashRoute(window.location.hash));
  useEffect(() => {
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
