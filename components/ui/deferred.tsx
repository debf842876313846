"use client";

import { cloneElement, type ComponentType, type ReactElement, useEffect, useLayoutEffect, useRef, useState } from "react";
import { whenIdle } from "./when-idle";

type Loader<P> = () => Promise<{ default: ComponentType<P> }>;

type TriggerProps = {
  ref?: React.Ref<HTMLElement>;
  onClick?: React.MouseEventHandler;
  onPointerEnter?: React.PointerEventHandler;
  onFocus?: React.FocusEventHandler;
};

/**
 * A menu or popover whose behaviour is not needed to paint the page. The page ships `fallback`, the
 * control's closed look without its behaviour (one element, the same markup as the real trigger,
 * so nothing moves when the real one arrives); the real control loads once the browser is idle, or
 * sooner when the pointer or focus reaches it. A click that comes first is kept: the control
 * arrives open (`defaultOpen`). Focus stays on the control across the swap.
 *
 * `load` must be a module-level function (`() => import("./x-menu")`), so it stays the same.
 */
export function Deferred<P extends object>({
  load,
  fallback,
  ...props
}: { load: Loader<P & { defaultOpen?: boolean }>; fallback: ReactElement<TriggerProps> } & P) {
  const [Real, setReal] = useState<ComponentType<P & { defaultOpen?: boolean }> | null>(null);
  const [openOnArrival, setOpenOnArrival] = useState(false);
  const started = useRef(false);
  const trigger = useRef<HTMLElement | null>(null);
  // Where the stand-in sat, to find the real trigger in its place after the swap.
  const place = useRef<{ parent: Element; index: number } | null>(null);
  const hadFocus = useRef(false);

  const start = () => {
    if (started.current) return;
    started.current = true;
    load()
      .then(({ default: component }) => {
        const el = trigger.current;
        hadFocus.current = !!el && el === document.activeElement;
        place.current = el?.parentElement ? { parent: el.parentElement, index: [...el.parentElement.children].indexOf(el) } : null;
        setReal(() => component);
      })
      .catch(() => {
        // Offline: the stand-in stays; the next reach for it tries again.
        started.current = false;
      });
  };

  // `start` only reads refs and `load`, which stays the same.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => whenIdle(start), []);

  useLayoutEffect(() => {
    if (!Real || !hadFocus.current || openOnArrival || !place.current) return;
    const el = place.current.parent.children[place.current.index];
    if (el instanceof HTMLElement) (el.matches("button, a, [tabindex]") ? el : el.querySelector<HTMLElement>("button, a, [tabindex]"))?.focus();
  }, [Real, openOnArrival]);

  if (Real) return <Real {...(props as unknown as P)} defaultOpen={openOnArrival} />;
  const own = fallback.props;
  return cloneElement(fallback, {
    ref: (el: HTMLElement | null) => {
      trigger.current = el;
    },
    onPointerEnter: (e: React.PointerEvent) => {
      own.onPointerEnter?.(e);
      start();
    },
    onFocus: (e: React.FocusEvent) => {
      own.onFocus?.(e);
      start();
    },
    onClick: (e: React.MouseEvent) => {
      own.onClick?.(e);
      setOpenOnArrival(true);
      start();
    },
  });
}
