import type { ClaimKind, ClaimStatus, SourceKind } from "@/lib/generated/prisma/enums";

/** The demo's three claims on the reference article. Sources are real, citable pages. */
export type DemoClaim = {
  quote: string;
  status: ClaimStatus;
  kind: ClaimKind;
  statement: string;
  claimant: string;
  rating?: string;
  summary?: string;
  explanation?: string;
  sources: { url: string; title: string; publisher: string; quote: string; kind: SourceKind; accessedAt: string }[];
};

export const DEMO_CLAIMS: DemoClaim[] = [
  {
    quote: "the $100 billion ISS",
    status: "APPROVED",
    kind: "NUMBER_STATISTIC",
    statement: "The International Space Station cost $100 billion.",
    claimant: "Reuters",
    rating: "mostly-true",
    summary: "About $100 billion is the common estimate of the station's cost; all-partner totals run higher.",
    explanation:
      "Estimates of the station's cost depend on what is counted. NASA's own spending on the programme over its life is commonly put near $100 billion; counting the other partners' contributions, published estimates reach about $150 billion. The figure is a fair shorthand but understates the total.",
    sources: [
      {
        url: "https://oig.nasa.gov/docs/IG-18-021.pdf",
        title: "NASA's Management and Utilization of the International Space Station (IG-18-021)",
        publisher: "NASA Office of Inspector General",
        quote: "Report on the ISS programme's annual cost to NASA (about $3-4 billion a year) and the programme's future.",
        kind: "PRIMARY_DOCUMENT",
        accessedAt: "2025-08-01",
      },
      {
        url: "https://www.esa.int/Science_Exploration/Human_and_Robotic_Exploration/International_Space_Station/How_much_does_it_cost",
        title: "How much does it cost?",
        publisher: "European Space Agency",
        quote: "ESA's page on the overall cost of the International Space Station and Europe's share of it.",
        kind: "OFFICIAL_STATEMENT",
        accessedAt: "2025-08-01",
      },
    ],
  },
  {
    quote: "a 25-year-old totem of scientific diplomacy",
    status: "IN_REVIEW",
    kind: "DATE_TIME",
    statement: "The International Space Station is 25 years old.",
    claimant: "Reuters",
    rating: "mostly-true",
    summary: "Crews have lived aboard since November 2000 (almost 25 years); the first module flew in 1998.",
    explanation:
      "Expedition 1 docked on 2 November 2000, so in July 2025 the station had been continuously occupied for about 24 years and 9 months. Its first module, Zarya, launched on 20 November 1998.",
    sources: [
      {
        url: "https://www.nasa.gov/international-space-station/space-station-facts-and-figures/",
        title: "International Space Station Facts and Figures",
        publisher: "NASA",
        quote: "NASA's facts page giving the start of continuous human presence (November 2000).",
        kind: "OFFICIAL_STATEMENT",
        accessedAt: "2025-08-01",
      },
    ],
  },
  {
    quote: "the first in-person meeting between the heads of NASA and Russia’s space agency, Roscosmos, since 2018",
    status: "DRAFT",
    kind: "DATE_TIME",
    statement: "The July 2025 meeting was the first in-person meeting of the NASA and Roscosmos heads since 2018.",
    claimant: "Reuters",
    sources: [],
  },
];
