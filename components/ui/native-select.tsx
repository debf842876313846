import { ChevronDownIcon } from "lucide-react";
import { cn } from "./cn";
import { controlClassName } from "./input";

export type NativeSelectProps = Omit<React.ComponentProps<"select">, "size"> & { size?: "sm" | "default" };

/**
 * The browser's own select, with the look of the other controls: phones open the system picker,
 * and long lists (time zones, a federation's people) cost nothing to draw. `className` goes on the
 * wrapper, the box the layout places; an option marked `data-placeholder` reads as a placeholder.
 */
export function NativeSelect({ className, size = "default", ...props }: NativeSelectProps) {
  return (
    <div
      data-slot="native-select-wrapper"
      // The chevron takes the select's colour, placeholder included.
      className={cn("relative w-full min-w-0 text-foreground has-[option[data-placeholder]:checked]:text-muted-foreground", className)}
    >
      <select
        data-slot="native-select"
        data-size={size}
        className={cn(
          controlClassName,
          "peer cursor-pointer appearance-none truncate py-2 pr-9",
          "data-[size=default]:h-10 data-[size=sm]:h-9 pointer-coarse:data-[size=default]:h-11 pointer-coarse:data-[size=sm]:h-11",
          // A select does not centre a line taller than its content box, as the 36 px one's would be.
          "data-[size=sm]:py-1.5",
          // The placeholder's colour must not reach the open list, where the options are real choices.
          "has-[option[data-placeholder]:checked]:text-muted-foreground [&_optgroup]:text-foreground [&_option]:text-foreground",
        )}
        {...props}
      />
      {/* 13 px: the select's border and padding, where a button's chevron sits. */}
      <ChevronDownIcon aria-hidden className="pointer-events-none absolute top-1/2 right-3.25 size-4 -translate-y-1/2 opacity-60 peer-disabled:opacity-30" />
    </div>
  );
}
