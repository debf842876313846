import type { Metadata } from "next";
import { Suspense } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import { HydrateClient, prefetch, trpc } from "@/server/api/rsc";
import { viewerHasRole } from "@/server/auth/session";
import { ExerciseLibrary } from "./_components/exercise-library";

export const metadata: Metadata = { title: "Exercise library" };

export default async function ExercisesPage() {
  if (!(await viewerHasRole(["coach"]))) return null;
  prefetch(trpc.exercise.list.queryOptions({}));
  return (
    <HydrateClient>
      <Suspense fallback={<Skeleton className="h-96 w-full" />}>
        <ExerciseLibrary />
      </Suspense>
    </HydrateClient>
  );
}
