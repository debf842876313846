/**
 * Toasts, shown by the outlet `Toaster` renders. sonner loads with the outlet, after the page, so a
 * page never waits for it; a toast asked for before then shows as soon as the outlet is up.
 */
let markMounted: () => void = () => {};
const mounted = new Promise<void>((resolve) => (markMounted = resolve));
const wanted = new Set<() => void>();

function show(kind: "success" | "error", message: string) {
  for (const wake of wanted) wake();
  void mounted.then(() => import("sonner")).then(({ toast }) => toast[kind](message));
}

export const toast = {
  success: (message: string) => show("success", message),
  error: (message: string) => show("error", message),
};

/** Called by the outlet once sonner listens. */
export function outletMounted() {
  markMounted();
}

/** The outlet asks to be woken when a toast is wanted before it has loaded. */
export function onToastWanted(wake: () => void): () => void {
  wanted.add(wake);
  return () => wanted.delete(wake);
}
