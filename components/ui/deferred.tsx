"use client";

import { type ComponentType, type ReactNode, useEffect, useLayoutEffect, useRef, useState } from "react";
import { whenIdle } from "./when-idle";

type Loader<P> = () => Promise<{ default: ComponentType<P> }>;

/**
 * A menu or popover whose behaviour is not needed to paint the page. The page ships `fallback`, the
 * control's closed look without its behaviour (the same markup, so nothing moves when the real one
 * arrives); the real control loads once the browser is idle, or sooner when the pointer or focus
 * reaches it. A click that comes first is kept: the control arrives open (`defaultOpen`). Focus
 * stays on the control across the swap.
 *
 * `load` must be a module-level function (`() => import("./x-menu")`), so it stays the same.
 */
export function Deferred<P extends object>({
  load,
  fallback,
  ...props
}: { load: Loader<P & { defaultOpen?: boolean }>; fallback: ReactNode } & P) {
  const [Real, setReal] = useState<ComponentType<P & { defaultOpen?: boolean }> | null>(null);
  const [openOnArrival, setOpenOnArrival] = useState(false);
  const started = useRef(false);
  const box = useRef<HTMLSpanElement>(null);
  const hadFocus = useRef(false);

  const start = () => {
    if (started.current) return;
    started.current = true;
    load()
      .then(({ default: component }) => {
        hadFocus.current = !!box.current?.contains(document.activeElement);
        setReal(() => component);
      })
      .catch(() => {
        // Offline: the look-alike stays; the next reach for it tries again.
        started.current = false;
      });
  };

  // `start` only reads refs and `load`, which stays the same.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => whenIdle(start), []);

  useLayoutEffect(() => {
    if (Real && hadFocus.current && !openOnArrival) box.current?.querySelector<HTMLElement>("button, a, [tabindex]")?.focus();
  }, [Real, openOnArrival]);

  return (
    <span
      ref={box}
      className="contents"
      onPointerEnter={Real ? undefined : start}
      onFocus={Real ? undefined : start}
      onClick={
        Real
          ? undefined
          : () => {
              setOpenOnArrival(true);
              start();
            }
      }
    >
      {Real ? <Real {...(props as unknown as P)} defaultOpen={openOnArrival} /> : fallback}
    </span>
  );
}
