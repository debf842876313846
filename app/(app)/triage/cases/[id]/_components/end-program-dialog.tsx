"use client";

import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";

/** Ending a program cannot be undone, so it is asked first. */
export function EndProgramDialog({ programName, athleteName, onEnd, onClose }: { programName: string; athleteName: string; onEnd: () => void; onClose: () => void }) {
  return (
    <Dialog defaultOpen onOpenChange={(open) => !open && onClose()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>End {programName}?</DialogTitle>
          <DialogDescription>
            {athleteName} will no longer see it. Ending cannot be undone; a coach can assign the program again later.
          </DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">Keep it</Button>
          </DialogClose>
          <Button
            variant="destructive"
            onClick={() => {
              onEnd();
              onClose();
            }}
          >
            End program
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
