"use client";

import { CheckIcon, CopyIcon } from "lucide-react";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";

/** The secret for typing into an app by hand: wraps on a phone instead of hiding its end, with a copy button. */
export function SetUpKey({ value }: { value: string }) {
  const box = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState(false);
  async function copy() {
    box.current?.select();
    try {
      await navigator.clipboard.writeText(value.replace(/\s/g, ""));
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      // Plain-http hosts have no clipboard API: the text is selected for Ctrl+C instead.
    }
  }
  return (
    <div className="flex items-start gap-2">
      <Textarea
        ref={box}
        readOnly
        rows={2}
        value={value}
        aria-label="Set-up key"
        spellCheck={false}
        onFocus={(e) => e.currentTarget.select()}
        className="min-h-0 resize-none font-mono text-sm tracking-wide sm:text-sm"
      />
      <Button type="button" variant="outline" onClick={copy} aria-label="Copy set-up key">
        {copied ? <CheckIcon aria-hidden /> : <CopyIcon aria-hidden />}
        <span className="hidden sm:inline">{copied ? "Copied" : "Copy"}</span>
      </Button>
    </div>
  );
}
