"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { ItemDetailsButton } from "./item-details";

type Details = { difficulty: number | null; pain: number | null; note: string | null };

const scale = (v: string) => (v === "" ? null : Math.max(0, Math.min(10, Math.round(Number(v)))));

export type ItemDetailsProps = { exerciseName: string; initial: Details | null; onSave: (d: Details) => void; defaultOpen?: boolean };

/** Optional: how hard it felt, any pain during it, and a note. Saving also marks it done. Loaded by ItemDetails. */
export default function ItemDetailsDialog({ exerciseName, initial, onSave, defaultOpen = false }: ItemDetailsProps) {
  const [open, setOpen] = useState(defaultOpen);
  const [difficulty, setDifficulty] = useState(initial?.difficulty?.toString() ?? "");
  const [pain, setPain] = useState(initial?.pain?.toString() ?? "");
  const [note, setNote] = useState(initial?.note ?? "");
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <ItemDetailsButton />
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{exerciseName}</DialogTitle>
          <DialogDescription>All optional. Saving marks the exercise as done.</DialogDescription>
        </DialogHeader>
        <div className="space-y-4">
          <Field label="Difficulty (0 easy to 10 very hard)">
            <Input type="number" inputMode="numeric" min={0} max={10} value={difficulty} onChange={(e) => setDifficulty(e.target.value)} />
          </Field>
          <Field label="Pain during the exercise (0 to 10)">
            <Input type="number" inputMode="numeric" min={0} max={10} value={pain} onChange={(e) => setPain(e.target.value)} />
          </Field>
          <Field label="Note" description="Up to 500 characters.">
            <Textarea maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
          </Field>
        </div>
        <DialogFooter>
          <Button
            type="button"
            onClick={() => {
              onSave({ difficulty: scale(difficulty), pain: scale(pain), note: note.trim() || null });
              setOpen(false);
            }}
          >
            Save
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
