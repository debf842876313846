import { describe, expect, it } from "vitest";
import { type TimelineFacts, timelineGroup, timelineLabel } from "./timeline";

const base: TimelineFacts = { kind: "opened", program: null, version: null, tier: "same-day", status: null, outcome: null };
const coach = { showTier: true, showOutcome: false };
const athlete = { showTier: false, showOutcome: true };

describe("timelineLabel", () => {
  it("names the tier for staff only", () => {
    expect(timelineLabel(base, coach)).toBe("Clinic case opened (Same day)");
    expect(timelineLabel(base, athlete)).toBe("Clinic case opened");
    expect(timelineLabel({ ...base, kind: "tier-raised", tier: "emergency" }, coach)).toBe("Case moved up to Emergency");
    expect(timelineLabel({ ...base, kind: "tier-raised", tier: "emergency" }, athlete)).toBe("Case updated by the clinic");
  });

  it("names the outcome for the athlete and the clinic, not the coach", () => {
    const resolved = { ...base, kind: "resolved", outcome: "referred-to-doctor" } as const;
    expect(timelineLabel(resolved, athlete)).toBe("Case closed: Referred to a doctor");
    expect(timelineLabel(resolved, coach)).toBe("Case closed");
  });

  it("describes program changes and return to run", () => {
    expect(timelineLabel({ ...base, kind: "program-started", program: "Core circuit", version: 2 }, coach)).toBe("Started “Core circuit”, version 2");
    expect(timelineLabel({ ...base, kind: "program-paused", program: "Core circuit" }, coach)).toBe("Paused “Core circuit”");
    expect(timelineLabel({ ...base, kind: "return-to-run", status: "modified-training" }, athlete)).toBe("Return to run: Modified training");
    expect(timelineGroup("program-ended")).toBe("program");
    expect(timelineGroup("acknowledged")).toBe("case");
  });
});
