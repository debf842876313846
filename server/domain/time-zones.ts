/** Every IANA time zone the runtime knows, UTC included; computed on the server so pages render one list. */
export function timeZoneNames(): string[] {
  const names = Intl.supportedValuesOf("timeZone");
  return names.includes("UTC") ? names : ["UTC", ...names];
}
