export function NotMedicalAdvice({ className = "" }: { className?: string }) {
  return (
    <p className={`text-xs leading-relaxed text-muted-foreground ${className}`} data-testid="not-medical-advice">
      Upright gives general exercise and self-care guidance. It is not medical advice and does not replace a
      physiotherapist or doctor. If pain is severe, spreads into your arm, or comes with chest pain or breathlessness,
      get medical help.
    </p>
  );
}
