"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { lazy, Suspense, useState } from "react";
import { LocalTime } from "@/components/domain/local-time";
import { toast } from "@/components/ui/toast";
import { ROLE_LABEL } from "@/components/layout/nav-items";
import { useTRPC } from "@/components/providers/trpc";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { IssuedLink } from "./link-dialog";

// Shown only once a link is issued: it loads after the page.
const LinkDialog = lazy(() => import("./link-dialog").then((m) => ({ default: m.LinkDialog })));

export function InvitationList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(trpc.invitation.list.queryOptions());
  const [issued, setIssued] = useState<IssuedLink | null>(null);
  const refresh = () => queryClient.invalidateQueries(trpc.invitation.pathFilter());
  const renew = useMutation(trpc.invitation.renew.mutationOptions({ onSettled: refresh, onError: (err) => toast.error(err.message) }));
  const revoke = useMutation(
    trpc.invitation.revoke.mutationOptions({
      onSuccess: () => toast.success("Link withdrawn. It no longer works."),
      onSettled: refresh,
      onError: (err) => toast.error(err.message),
    }),
  );

  const actions = (inv: (typeof data)[number]) => (
    <div className="flex justify-end gap-2">
      <Button
        size="sm"
        variant="outline"
        disabled={renew.isPending}
        onClick={() => renew.mutate({ id: inv.id }, { onSuccess: (r) => setIssued({ title: `New link for ${inv.name}`, name: inv.name, ...r }) })}
      >
        New link
      </Button>
      <Button size="sm" variant="ghost" disabled={revoke.isPending} onClick={() => revoke.mutate({ id: inv.id })} aria-label={`Withdraw the link for ${inv.name}`}>
        Withdraw
      </Button>
    </div>
  );
  const status = (inv: (typeof data)[number]) =>
    inv.state === "expired" ? <Badge variant="warning">Expired</Badge> : <span className="text-sm">Until <LocalTime date={inv.expiresAt} pattern="d MMM, HH:mm" /></span>;
  const kind = (inv: (typeof data)[number]) => (inv.kind === "reset" ? "Password reset" : "Invitation");

  if (data.length === 0) {
    return <p className="text-sm text-muted-foreground">No links are waiting. Invitations you create appear here until they are used.</p>;
  }
  return (
    <>
      <ul className="divide-y divide-border rounded-lg border border-border bg-card sm:hidden" aria-label="Waiting links">
        {data.map((inv) => (
          <li key={inv.id} className="space-y-1.5 px-4 py-3">
            <p className="truncate font-medium">{inv.name}</p>
            <p className="truncate text-xs text-muted-foreground">{inv.email}</p>
            <p className="text-sm">
              {kind(inv)} · {ROLE_LABEL[inv.role]}
              {inv.teams.length > 0 && <span className="text-muted-foreground"> · {inv.teams.join(", ")}</span>}
            </p>
            <div className="flex items-center justify-between gap-2">
              {status(inv)}
              {actions(inv)}
            </div>
          </li>
        ))}
      </ul>
      <Table aria-label="Waiting links" containerClassName="hidden sm:block">
        <TableHeader>
          <TableRow>
            <TableHead>Person</TableHead>
            <TableHead>Link</TableHead>
            <TableHead>Role and teams</TableHead>
            <TableHead>Status</TableHead>
            <TableHead>
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {data.map((inv) => (
            <TableRow key={inv.id}>
              <TableCell className="max-w-64">
                <span className="block truncate font-medium">{inv.name}</span>
                <span className="block truncate text-xs text-muted-foreground">{inv.email}</span>
              </TableCell>
              <TableCell className="whitespace-nowrap">{kind(inv)}</TableCell>
              <TableCell className="min-w-32">
                {ROLE_LABEL[inv.role]}
                {inv.teams.length > 0 && <span className="text-muted-foreground"> · {inv.teams.join(", ")}</span>}
              </TableCell>
              <TableCell className="whitespace-nowrap">{status(inv)}</TableCell>
              <TableCell>{actions(inv)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {issued && (
        <Suspense>
          <LinkDialog issued={issued} onClose={() => setIssued(null)} />
        </Suspense>
      )}
    </>
  );
}
