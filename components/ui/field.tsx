import { CircleAlertIcon } from "lucide-react";
import { cloneElement, isValidElement, useId } from "react";
import { cn } from "./cn";
import { Label } from "./label";

/** What Field puts on its control: spread these onto it when you pass a render function. */
export type FieldControlProps = {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  "aria-required"?: true;
};

type ControlElementProps = {
  id?: string;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean | "true" | "false";
  "aria-required"?: boolean | "true" | "false";
};

export type FieldProps = {
  label: React.ReactNode;
  /**
   * One control element (Input, Textarea, Checkbox, Switch…), which gets the id, aria-describedby,
   * aria-invalid and aria-required; or a function receiving those props for composite controls,
   * e.g. `{(p) => <Controller … render={({ field }) => <ChoiceSelect {...p} …/>} />}`.
   */
  children: React.ReactElement<ControlElementProps> | ((control: FieldControlProps) => React.ReactNode);
  /** Help text under the label. */
  description?: React.ReactNode;
  /** Validation message; when present the control is marked aria-invalid. */
  error?: React.ReactNode;
  required?: boolean;
  /** The control's id (otherwise the child's own id, otherwise a generated one). */
  id?: string;
  /** Keep the label for screen readers only. */
  hideLabel?: boolean;
  /** "horizontal" puts a small control (checkbox, switch) before its label on one line. */
  orientation?: "vertical" | "horizontal";
  className?: string;
  labelClassName?: string;
};

/** A form field: label, optional description, the control, and an error message, all linked up. */
export function Field({
  label,
  children,
  description,
  error,
  required = false,
  id,
  hideLabel = false,
  orientation = "vertical",
  className,
  labelClassName,
}: FieldProps) {
  const generated = useId();
  const childId = typeof children !== "function" && isValidElement(children) ? children.props.id : undefined;
  const controlId = id ?? childId ?? `${generated}-control`;
  const descriptionId = `${controlId}-description`;
  const errorId = `${controlId}-error`;
  const hasDescription = description !== undefined && description !== null && description !== false && description !== "";
  const hasError = error !== undefined && error !== null && error !== false && error !== "";
  const describedBy = [hasDescription ? descriptionId : null, hasError ? errorId : null].filter(Boolean).join(" ") || undefined;

  const controlProps: FieldControlProps = {
    id: controlId,
    ...(describedBy ? { "aria-describedby": describedBy } : {}),
    ...(hasError ? { "aria-invalid": true as const } : {}),
    ...(required ? { "aria-required": true as const } : {}),
  };

  let control: React.ReactNode;
  if (typeof children === "function") {
    control = children(controlProps);
  } else {
    const own = children.props;
    control = cloneElement(children, {
      ...controlProps,
      "aria-describedby": [own["aria-describedby"], controlProps["aria-describedby"]].filter(Boolean).join(" ") || undefined,
      "aria-invalid": own["aria-invalid"] ?? controlProps["aria-invalid"],
      "aria-required": own["aria-required"] ?? controlProps["aria-required"],
    });
  }

  const labelNode = (
    <Label htmlFor={controlId} className={cn(hideLabel && "sr-only", orientation === "horizontal" && "font-normal", labelClassName)}>
      <span>
        {label}
        {required && (
          <span aria-hidden className="ml-0.5 text-destructive">
            *
          </span>
        )}
      </span>
    </Label>
  );

  const descriptionNode = hasDescription && (
    <div id={descriptionId} data-slot="field-description" className="text-sm text-muted-foreground">
      {description}
    </div>
  );

  const errorNode = hasError && <FieldError id={errorId}>{error}</FieldError>;

  if (orientation === "horizontal") {
    return (
      <div data-slot="field" data-invalid={hasError || undefined} className={cn("grid gap-1", className)}>
        <div className="flex min-h-11 items-center gap-3">
          {control}
          {labelNode}
        </div>
        {descriptionNode}
        {errorNode}
      </div>
    );
  }

  return (
    <div data-slot="field" data-invalid={hasError || undefined} className={cn("grid gap-1.5", className)}>
      {labelNode}
      {descriptionNode}
      {control}
      {errorNode}
    </div>
  );
}

/** A validation message; give it the id the control's aria-describedby points at. */
export function FieldError({ className, children, ...props }: React.ComponentProps<"p">) {
  return (
    <p data-slot="field-error" className={cn("flex items-start gap-1.5 text-sm font-medium text-destructive", className)} {...props}>
      <CircleAlertIcon aria-hidden className="mt-0.5 size-4 shrink-0" />
      <span>{children}</span>
    </p>
  );
}

export type FieldSetProps = Omit<React.ComponentProps<"fieldset">, "children"> & {
  legend: React.ReactNode;
  description?: React.ReactNode;
  error?: React.ReactNode;
  required?: boolean;
  children: React.ReactNode;
};

/** A group of controls (radio group, several checkboxes) under one legend, with description and error. */
export function FieldSet({ legend, description, error, required = false, className, children, ...props }: FieldSetProps) {
  const id = useId();
  const hasDescription = description !== undefined && description !== null && description !== false && description !== "";
  const hasError = error !== undefined && error !== null && error !== false && error !== "";
  const describedBy =
    [props["aria-describedby"], hasDescription ? `${id}-description` : null, hasError ? `${id}-error` : null]
      .filter(Boolean)
      .join(" ") || undefined;
  return (
    <fieldset
      data-slot="fieldset"
      data-invalid={hasError || undefined}
      className={cn("grid min-w-0 gap-2", className)}
      {...props}
      aria-describedby={describedBy}
    >
      <legend className="mb-1 text-sm leading-snug font-medium">
        {legend}
        {required && (
          <span aria-hidden className="ml-0.5 text-destructive">
            *
          </span>
        )}
      </legend>
      {hasDescription && (
        <div id={`${id}-description`} className="-mt-1 text-sm text-muted-foreground">
          {description}
        </div>
      )}
      {children}
      {hasError && <FieldError id={`${id}-error`}>{error}</FieldError>}
    </fieldset>
  );
}
