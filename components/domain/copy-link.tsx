"use client";

import { CheckIcon, CopyIcon } from "lucide-react";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** A link in a read-only box with a copy button; selecting the text still works where the clipboard API is missing. */
export function CopyLink({ link, label }: { link: string; label: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);

  async function copy() {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      // Plain-http hosts have no clipboard API: the text is selected for Ctrl+C instead.
    }
  }

  return (
    <div className="flex gap-2">
      <Input ref={input} readOnly value={link} aria-label={label} onFocus={(e) => e.currentTarget.select()} className="font-mono text-xs sm:text-xs" />
      <Button type="button" variant="outline" onClick={copy} aria-label={`Copy ${label.toLowerCase()}`}>
        {copied ? <CheckIcon aria-hidden /> : <CopyIcon aria-hidden />}
        <span className="hidden sm:inline">{copied ? "Copied" : "Copy"}</span>
      </Button>
    </div>
  );
}
