"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { ROLE_LABEL } from "@/components/layout/nav-items";
import { useTRPC } from "@/components/providers/trpc";
import { Badge } from "@/components/ui/badge";
import { Input } from "@/components/ui/input";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

export function PeopleTable() {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.people.list.queryOptions());
  const [query, setQuery] = useState("");
  const rows = useMemo(() => {
    const q = query.trim().toLowerCase();
    return q ? data.filter((p) => `${p.name} ${p.email} ${p.teams.join(" ")}`.toLowerCase().includes(q)) : data;
  }, [data, query]);
  return (
    <div className="space-y-3">
      <Input type="search" placeholder="Search people" aria-label="Search people" value={query} onChange={(e) => setQuery(e.target.value)} className="max-w-xs" />
      <Table aria-label="People">
        <TableHeader>
          <TableRow>
            <TableHead>Name</TableHead>
            <TableHead>Email</TableHead>
            <TableHead>Role</TableHead>
            <TableHead>Teams</TableHead>
            <TableHead>Status</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((p) => (
            <TableRow key={p.id}>
              <TableCell className="font-medium">{p.name}</TableCell>
              <TableCell className="text-muted-foreground">{p.email}</TableCell>
              <TableCell>{ROLE_LABEL[p.role]}</TableCell>
              <TableCell>{p.teams.join(", ") || "—"}</TableCell>
              <TableCell>{p.active ? <Badge variant="success">Active</Badge> : <Badge variant="muted">Deactivated</Badge>}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <p className="text-xs text-muted-foreground">{rows.length} of {data.length} people</p>
    </div>
  );
}
