"use client";

import { Button } from "@/components/ui/button";

/**
 * Never shows a stack or server detail: only a plain message and, for our faults, the reference.
 * The markup is the Card components' (components/ui/card.tsx), written out: this boundary's code
 * loads with every page, and importing card.tsx put a second copy of it there.
 */
export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const notFound = /not found/i.test(error.message);
  return (
    <div data-slot="card" className="flex flex-col rounded-lg border border-border bg-card text-card-foreground shadow-xs mx-auto mt-10 max-w-md">
      <div data-slot="card-header" className="flex flex-col gap-1.5 p-5">
        <div data-slot="card-title" className="text-lg leading-tight font-semibold tracking-tight">
          <h1>{notFound ? "Not found" : "Something went wrong"}</h1>
        </div>
        <div data-slot="card-description" className="text-sm text-muted-foreground">
          {notFound
            ? "It may have been removed, or it is not available to you."
            : `We could not load this page. Please try again.${error.digest ? ` Reference: ${error.digest}` : ""}`}
        </div>
      </div>
      <div data-slot="card-content" className="p-5 pt-0 first:pt-5">
        <Button onClick={reset}>Try again</Button>
      </div>
    </div>
  );
}
