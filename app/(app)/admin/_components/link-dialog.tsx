"use client";

import { formatInstant } from "@/components/domain/date-format";
import { CopyLink } from "@/components/domain/copy-link";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";

export type IssuedLink = { title: string; name: string; link: string; emailed: boolean; expiresAt: Date };

/** Shows a freshly issued link once: only its hash is stored, so this is the moment to copy it. */
export function LinkDialog({ issued, onClose }: { issued: IssuedLink | null; onClose: () => void }) {
  return (
    <Dialog open={issued !== null} onOpenChange={(open) => !open && onClose()}>
      {issued && (
        <DialogContent>
          <DialogHeader>
            <DialogTitle>{issued.title}</DialogTitle>
            <DialogDescription>
              {issued.emailed ? `We have queued an email to ${issued.name} with this link. ` : `Email is off, so send this link to ${issued.name} yourself. `}
              It works once and expires on {formatInstant(issued.expiresAt, "d MMMM yyyy 'at' HH:mm")}.
            </DialogDescription>
          </DialogHeader>
          <CopyLink link={issued.link} label="Link" />
          <p className="text-sm text-muted-foreground">For safety the link is not shown again. If it gets lost, send a new one from the list of invitations.</p>
          <DialogFooter>
            <DialogClose asChild>
              <Button>Done</Button>
            </DialogClose>
          </DialogFooter>
        </DialogContent>
      )}
    </Dialog>
  );
}
