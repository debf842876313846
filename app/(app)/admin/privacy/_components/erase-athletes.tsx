"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Badge } from "@/components/ui/badge";
import { Input } from "@/components/ui/input";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { EraseButton } from "./erase-button";

export function EraseAthletes() {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.privacy.athletes.queryOptions());
  const [query, setQuery] = useState("");
  const rows = useMemo(() => {
    const q = query.trim().toLowerCase();
    return q ? data.filter((a) => `${a.name} ${a.email}`.toLowerCase().includes(q)) : data;
  }, [data, query]);
  return (
    <div className="space-y-3">
      <Input type="search" placeholder="Search athletes" aria-label="Search athletes" value={query} onChange={(e) => setQuery(e.target.value)} className="max-w-xs" />
      <Table aria-label="Athletes">
        <TableHeader>
          <TableRow>
            <TableHead>Name</TableHead>
            <TableHead>Email</TableHead>
            <TableHead>Status</TableHead>
            <TableHead className="text-right">
              <span className="sr-only">Erase</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((a) => (
            <TableRow key={a.id}>
              <TableCell className="font-medium">{a.name}</TableCell>
              <TableCell className="text-muted-foreground">{a.email}</TableCell>
              <TableCell>{a.active ? <Badge variant="success">Active</Badge> : <Badge variant="muted">Deactivated</Badge>}</TableCell>
              <TableCell className="text-right">
                <EraseButton athlete={a} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <p className="text-xs text-muted-foreground">
        {rows.length} of {data.length} athletes
      </p>
    </div>
  );
}
