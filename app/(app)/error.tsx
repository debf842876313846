"use client";

import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

/** Never shows a stack or server detail: only a plain message and, for our faults, the reference. */
export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const notFound = /not found/i.test(error.message);
  return (
    <Card className="mx-auto mt-10 max-w-md">
      <CardHeader>
        <CardTitle>
          <h1>{notFound ? "Not found" : "Something went wrong"}</h1>
        </CardTitle>
        <CardDescription>
          {notFound
            ? "It may have been removed, or it is not available to you."
            : `We could not load this page. Please try again.${error.digest ? ` Reference: ${error.digest}` : ""}`}
        </CardDescription>
      </CardHeader>
      <CardContent>
        <Button onClick={reset}>Try again</Button>
      </CardContent>
    </Card>
  );
}
