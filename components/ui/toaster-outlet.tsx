"use client";

import { useEffect } from "react";
import { Toaster as Sonner, type ToasterProps } from "sonner";
import { outletMounted } from "./toast";

/**
 * The toast outlet itself, loaded by `Toaster` after the page. Colours come from the design tokens
 * and follow the system light/dark preference.
 */
export default function ToasterOutlet({ style, toastOptions, ...props }: ToasterProps) {
  // Runs after sonner's own effects, so it is listening by then.
  useEffect(outletMounted, []);
  return (
    <Sonner
      theme="system"
      position="bottom-center"
      richColors
      closeButton
      containerAriaLabel="Notifications"
      className="toaster group"
      style={
        {
          "--normal-bg": "var(--popover)",
          "--normal-text": "var(--popover-foreground)",
          "--normal-border": "var(--border)",
          "--success-bg": "var(--success-subtle)",
          "--success-text": "var(--success-subtle-foreground)",
          "--success-border": "color-mix(in oklch, var(--success-subtle-foreground) 30%, transparent)",
          "--info-bg": "var(--info-subtle)",
          "--info-text": "var(--info-subtle-foreground)",
          "--info-border": "color-mix(in oklch, var(--info-subtle-foreground) 30%, transparent)",
          "--warning-bg": "var(--warning-subtle)",
          "--warning-text": "var(--warning-subtle-foreground)",
          "--warning-border": "color-mix(in oklch, var(--warning-subtle-foreground) 30%, transparent)",
          "--error-bg": "var(--destructive-subtle)",
          "--error-text": "var(--destructive-subtle-foreground)",
          "--error-border": "color-mix(in oklch, var(--destructive-subtle-foreground) 30%, transparent)",
          "--border-radius": "var(--radius)",
          ...style,
        } as React.CSSProperties
      }
      toastOptions={{
        ...toastOptions,
        classNames: {
          toast: "font-sans shadow-lg",
          description: "!text-current opacity-90",
          ...toastOptions?.classNames,
        },
      }}
      {...props}
    />
  );
}
