"use client";

import { useEffect, useRef } from "react";

/**
 * For a native checkbox (or switch) drawn by React: a tick made on the server-rendered page before
 * React took over is in the element but not in the state, and React fires no change for it, so it
 * is handed over once (unless `handOver` is false). Returns the element, and a ref callback that
 * also feeds the caller's `ref`.
 */
export function useEarlyTick(p: { checked: boolean; onCheckedChange?: (checked: boolean) => void; ref?: React.Ref<HTMLInputElement>; handOver?: boolean }) {
  const input = useRef<HTMLInputElement | null>(null);
  useEffect(() => {
    if (p.handOver !== false && input.current && input.current.checked !== p.checked) p.onCheckedChange?.(input.current.checked);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const setRef = (el: HTMLInputElement | null) => {
    input.current = el;
    if (typeof p.ref === "function") p.ref(el);
    else if (p.ref) p.ref.current = el;
  };
  return { input, setRef };
}
