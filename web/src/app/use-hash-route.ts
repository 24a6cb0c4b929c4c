import { useEffect, useState } from "react";
import { type HashRoute, parseHashRoute } from "./hash-route.ts";

/** The current hash route, updated on every navigation (links, back and forward buttons). */
export function useHashRoute(): HashRoute {
  const [route, setRoute] = useState(() => parseHashRoute(window.location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseHashRoute(window.location.hash));
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);
  return route;
}
