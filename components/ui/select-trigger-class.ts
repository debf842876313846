import { cn } from "./cn";
import { controlClassName } from "./input";

/** The closed select's look, shared by SelectTrigger and ChoiceSelect's stand-in. */
export const selectTriggerClassName = cn(
  controlClassName,
  "flex cursor-pointer items-center justify-between gap-2 py-2 text-left whitespace-nowrap",
  "data-[size=default]:h-10 data-[size=sm]:h-9 pointer-coarse:data-[size=default]:h-11 pointer-coarse:data-[size=sm]:h-11",
  "data-[placeholder]:text-muted-foreground *:data-[slot=select-value]:line-clamp-1 *:data-[slot=select-value]:flex *:data-[slot=select-value]:items-center *:data-[slot=select-value]:gap-2",
  "[&_svg]:pointer-events-none [&_svg]:shrink-0 [&_svg:not([class*='size-'])]:size-4",
);
