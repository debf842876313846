import { Button } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-4 px-4 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="text-muted-foreground">This page does not exist, or it is not available to you.</p>
      {/* A plain link: next/link here put a second copy of its code on every page's first load
          (the root not-found boundary gets its own chunk), and a full load is fine from a dead end. */}
      <Button asChild>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see above */}
        <a href="/">Go to your home page</a>
      </Button>
    </main>
  );
}
