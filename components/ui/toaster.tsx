"use client";

import { type ComponentType, useEffect, useState } from "react";
import { onToastWanted } from "./toast";
import { whenIdle } from "./when-idle";

const loadOutlet = () => import("./toaster-outlet");

/**
 * App-wide toast outlet (render once, in the signed-in layout). It loads when the browser is idle
 * after the page, or as soon as a toast is shown; show toasts with `toast` from "@/components/ui/toast".
 */
export function Toaster() {
  const [Outlet, setOutlet] = useState<ComponentType | null>(null);
  useEffect(() => {
    let live = true;
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      void loadOutlet().then(({ default: component }) => live && setOutlet(() => component), () => (started = false));
    };
    const stopWaiting = onToastWanted(start);
    const cancelIdle = whenIdle(start);
    return () => {
      live = false;
      stopWaiting();
      cancelIdle();
    };
  }, []);
  return Outlet ? <Outlet /> : null;
}
