import { useEffect, useState } from "react";
import { whenIdle } from "@/components/ui/when-idle";

/** What a row of the exercise list needs from drag and drop: its element, its handle's props. */
export type RowDrag = {
  row: { ref?: (el: HTMLElement | null) => void; style?: React.CSSProperties };
  handle: React.HTMLAttributes<HTMLElement> & { ref?: (el: HTMLElement | null) => void };
  isDragging: boolean;
};

/** A row before drag and drop has loaded: the same markup, nothing to pick up yet. */
export const STILL: RowDrag = { row: {}, handle: {}, isDragging: false };

type Sortable = typeof import("./program-sortable");
export const loadSortable = (): Promise<Sortable> => import("./program-sortable").then((m) => (sortable = m));
let sortable: Sortable | null = null;

/**
 * dnd-kit for the exercise list, which a new program only needs once it has two exercises to
 * reorder: the code loads when the browser is idle after the page. The rows switch to it (and
 * remount) only when it was there from the start or when a second exercise arrives, so the switch
 * never pulls focus out of a field being typed in; `beforeAdd` lets the add button wait for it.
 */
export function useSortableRows(count: number) {
  const [mod, setMod] = useState<Sortable | null>(sortable);
  const [on, setOn] = useState(sortable !== null);
  useEffect(() => {
    if (mod) return;
    let live = true;
    const cancel = whenIdle(() => void loadSortable().then((m) => live && setMod(() => m), () => {}));
    return () => {
      live = false;
      cancel();
    };
  }, [mod]);
  if (mod && !on && count > 1) setOn(true);
  const beforeAdd = (): Promise<unknown> => (mod ? Promise.resolve() : loadSortable().then((m) => setMod(() => m), () => {}));
  return { sortable: on ? mod : null, beforeAdd };
}
