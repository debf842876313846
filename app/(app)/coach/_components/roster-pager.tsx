"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ChoiceSelect } from "@/components/ui/choice-select";
import { ROSTER_PAGE_SIZES } from "@/server/schemas/dashboard-defaults";

type PageSize = (typeof ROSTER_PAGE_SIZES)[number];

export function RosterPager(p: { page: number; pageSize: PageSize; total: number; onPage: (n: number) => void; onPageSize: (n: PageSize) => void }) {
  const pages = Math.max(1, Math.ceil(p.total / p.pageSize));
  const first = p.total === 0 ? 0 : p.page * p.pageSize + 1;
  const last = Math.min(p.total, (p.page + 1) * p.pageSize);
  return (
    <nav aria-label="Roster pages" className="flex flex-wrap items-center justify-between gap-2 text-sm" data-print-hide>
      <p className="text-muted-foreground" aria-live="polite">
        {p.total === 0 ? "No athletes match" : `${first}–${last} of ${p.total} athletes`}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <ChoiceSelect
          size="sm"
          aria-label="Athletes per page"
          className="w-40"
          value={String(p.pageSize)}
          onValueChange={(v) => p.onPageSize(Number(v) as PageSize)}
          choices={ROSTER_PAGE_SIZES.map((n) => ({ value: String(n), label: `${n} per page` }))}
        />
        <Button variant="outline" size="sm" onClick={() => p.onPage(p.page - 1)} disabled={p.page === 0}>
          <ChevronLeft aria-hidden />
          <span className="sr-only sm:not-sr-only">Previous</span>
        </Button>
        <span className="tabular-nums text-muted-foreground">
          {p.page + 1} / {pages}
        </span>
        <Button variant="outline" size="sm" onClick={() => p.onPage(p.page + 1)} disabled={p.page + 1 >= pages}>
          <span className="sr-only sm:not-sr-only">Next</span>
          <ChevronRight aria-hidden />
        </Button>
      </div>
    </nav>
  );
}
