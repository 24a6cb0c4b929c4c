import { useEffect, useState } from "react";
import { parseHashRoute, type HashRoute } from "../../app/hash-route.ts";

/** The current hash route, kept current through back and forward and every navigation. */
export function useHashRoute(): HashRoute {
  const [route, setRoute] = useState(() => parseHashRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHashRoute(window.location.hash));
    // replaceRoute (history.replaceState) fires neither event, so its callers re-read the route themselves.
    window.addEventListener("hashchange", onChange);
    window.addEventListener("popstate", onChange);
    return () => {
      window.removeEventListener("hashchange", onChange);
      window.removeEventListener("popstate", onChange);
    };
  }, []);
  return route;
}
