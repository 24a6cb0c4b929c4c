import { useEffect, useState } from "react";
import { parseHashRoute, type HashRoute } from "../../app/hash-route.ts";

/**
 * The current hash route, kept current through back and forward and every navigation, and a
 * function to read it again after `replaceRoute` (history.replaceState fires no event).
 */
export function useHashRoute(): [HashRoute, () => void] {
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
  return [route, () => setRoute(parseHashRoute(window.location.hash))];
}
