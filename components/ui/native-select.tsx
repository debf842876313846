import { ChevronDownIcon } from "lucide-react";
import { cn } from "./cn";
import { controlClassName } from "./input";

/**
 * The browser's own select, styled like the other controls: better than a custom list for long
 * option lists (time zones) and on phones, where it opens the system picker.
 */
export function NativeSelect({ className, children, ...props }: React.ComponentProps<"select">) {
  return (
    <div className="relative">
      <select
        data-slot="native-select"
        className={cn(controlClassName, "h-10 cursor-pointer appearance-none py-2 pr-9 pointer-coarse:h-11", className)}
        {...props}
      >
        {children}
      </select>
      <ChevronDownIcon aria-hidden className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 opacity-60" />
    </div>
  );
}
