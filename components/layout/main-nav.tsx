"use client";

import { ChevronDown } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useLayoutEffect, useRef, useState } from "react";
import { cn } from "@/components/ui/cn";
import { Deferred } from "@/components/ui/deferred";
import type { NavItem } from "./nav-items";

const linkClass = "whitespace-nowrap rounded-md px-2 py-2 text-sm font-medium sm:px-3";
const moreClass = "inline-flex items-center gap-1";

const loadMoreMenu = () => import("./more-menu");

/** The "More" menu's button: its name is the current section's when that is in the menu. */
export function MoreButton({ label, hiddenOnPhones, className, ...props }: { label: string | undefined; hiddenOnPhones: boolean } & React.ComponentProps<"button">) {
  return (
    <button
      type="button"
      className={cn(
        linkClass,
        moreClass,
        "shrink-0 text-muted-foreground hover:bg-muted hover:text-foreground",
        label && "bg-muted text-foreground",
        hiddenOnPhones && "hidden sm:inline-flex",
        className,
      )}
      {...props}
    >
      {label ?? "More"}
      <span className="sr-only">{label ? ", more sections" : " sections"}</span>
      <ChevronDown aria-hidden className="size-4" />
    </button>
  );
}

/**
 * The sections as links, as many as fit in the bar; the rest in a "More" menu, which shows the
 * current section's name when that is one of them. Measured, not guessed: names, roles and
 * widths differ (an admin has six sections, a 360 px phone room for two).
 */
export function MainNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  // The longest matching link wins, so /coach/programs lights "Programs", not "Roster".
  const matches = (href: string) => pathname === href || pathname.startsWith(`${href}/`);
  const activeHref = items.filter((i) => matches(i.href)).sort((a, b) => b.href.length - a.href.length)[0]?.href;
  const navRef = useRef<HTMLElement>(null);
  const measureRef = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState(items.length);

  useLayoutEffect(() => {
    const nav = navRef.current;
    const measure = measureRef.current;
    if (!nav || !measure) return;
    const update = () => {
      const widths = [...measure.querySelectorAll<HTMLElement>("[data-item]")].map((e) => e.offsetWidth);
      // The menu button's width with each label it may show: "More", or the current section's name.
      const buttons = [...measure.querySelectorAll<HTMLElement>("[data-button]")].map((e) => e.offsetWidth);
      const more = buttons[items.length] ?? 0;
      const active = items.findIndex((i) => i.href === activeHref);
      const gap = parseFloat(getComputedStyle(nav).columnGap) || 0;
      const room = nav.clientWidth;
      const span = (n: number) => widths.slice(0, n).reduce((sum, w) => sum + (w > 0 ? w + gap : 0), 0);
      if (span(widths.length) - gap <= room) return setFit(widths.length);
      let n = widths.length - 1;
      while (n > 0 && span(n) + (active >= n ? (buttons[active] ?? more) : more) > room) n--;
      setFit(n);
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(nav);
    return () => observer.disconnect();
  }, [items, activeHref]);

  const shown = items.slice(0, fit);
  const rest = items.slice(fit);
  const activeInRest = rest.find((i) => i.href === activeHref);
  // On phones the items the account menu has are left out; the menu is not needed for them alone.
  const restOnPhones = rest.some((i) => !i.phoneHidden);
  return (
    <nav ref={navRef} aria-label="Main" className="relative flex min-w-0 flex-1 items-center gap-0.5 overflow-hidden sm:gap-1">
      {/* An unseen copy of every link and of the menu button, for their widths. */}
      <div ref={measureRef} aria-hidden inert className="invisible absolute top-0 left-0 flex w-max">
        {items.map((item) => (
          <span key={item.href} data-item className={cn(linkClass, item.phoneHidden && "hidden sm:inline-block")}>
            {item.label}
          </span>
        ))}
        {[...items.map((i) => i.label), "More"].map((label, index) => (
          <span key={index} data-button className={cn(linkClass, moreClass)}>
            {label}
            <ChevronDown className="size-4" />
          </span>
        ))}
      </div>
      {shown.map((item) => {
        const active = item.href === activeHref;
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? "page" : undefined}
            className={cn(linkClass, "text-muted-foreground hover:bg-muted hover:text-foreground", active && "bg-muted text-foreground", item.phoneHidden && "hidden sm:inline-block")}
          >
            {item.label}
          </Link>
        );
      })}
      {rest.length > 0 && (
        <Deferred
          load={loadMoreMenu}
          fallback={<MoreButton label={activeInRest?.label} hiddenOnPhones={!restOnPhones} />}
          items={rest}
          activeHref={activeHref}
          hiddenOnPhones={!restOnPhones}
        />
      )}
    </nav>
  );
}
