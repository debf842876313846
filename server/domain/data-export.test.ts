import { describe, expect, it } from "vitest";
import { exportCsvFiles, exportJson, toCsv } from "./data-export";

describe("data export files", () => {
  it("writes one CSV per list, with a header of every column", () => {
    const files = exportCsvFiles({ account: { name: "A" }, painReports: [{ day: "2026-03-01", painNow: 3 }, { day: "2026-03-02", note: "ok" }], teams: [] });
    expect(files.map((f) => [f.name, f.label, f.rows])).toEqual([
      ["upright-pain-reports.csv", "Pain reports", 2],
      ["upright-teams.csv", "Teams", 0],
    ]);
    expect(files[0]!.content).toBe("day,painNow,note\r\n2026-03-01,3,\r\n2026-03-02,,ok\r\n");
  });

  it("quotes commas, quotes and line breaks, writes dates and objects, and defuses formulas", () => {
    const csv = toCsv([{ note: 'said "hi", then\nleft', at: new Date("2026-01-02T03:04:05Z"), flags: { numbness: true }, evil: "=HYPERLINK(1)", neg: -3 }]);
    expect(csv).toBe(`note,at,flags,evil,neg\r\n"said ""hi"", then\nleft",2026-01-02T03:04:05.000Z,"{""numbness"":true}",'=HYPERLINK(1),-3\r\n`);
  });

  it("the JSON holds everything and when it was made", () => {
    const file = exportJson({ painReports: [{ painNow: 1 }] }, new Date("2026-01-01T00:00:00Z"));
    expect(JSON.parse(file.content)).toEqual({ exportedAt: "2026-01-01T00:00:00.000Z", painReports: [{ painNow: 1 }] });
  });
});
